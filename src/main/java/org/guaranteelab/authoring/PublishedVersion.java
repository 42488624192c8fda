package org.guaranteelab.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One publication of a case: the case file as the loader accepted it. Never changed once stored. */
@Entity
@Table(name = "published_case")
class PublishedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private CaseDraft draft;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "content", length = 1_000_000, nullable = false, updatable = false)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublishedVersion() {
    }

    PublishedVersion(CaseDraft draft, int number, String content, Instant createdAt) {
        this.draft = draft;
        this.number = number;
        this.content = content;
        this.createdAt = createdAt;
    }

    int number() {
        return number;
    }

    String content() {
        return content;
    }
}
