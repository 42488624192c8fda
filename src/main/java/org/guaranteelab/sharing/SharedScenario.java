package org.guaranteelab.sharing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A saved scenario, reachable only through the tokens whose hashes it keeps. */
@Entity
@Table(name = "shared_scenario")
class SharedScenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "view_token_hash", length = 64, nullable = false, unique = true)
    private String viewTokenHash;

    @Column(name = "edit_token_hash", length = 64, nullable = false, unique = true)
    private String editTokenHash;

    @Column(name = "case_id", length = 64, nullable = false)
    private String caseId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "remixed_from_id")
    private SharedScenario remixedFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ScenarioVersion> versions = new ArrayList<>();

    protected SharedScenario() {
    }

    SharedScenario(String viewTokenHash, String editTokenHash, String caseId, SharedScenario remixedFrom,
                   Instant createdAt) {
        this.viewTokenHash = viewTokenHash;
        this.editTokenHash = editTokenHash;
        this.caseId = caseId;
        this.remixedFrom = remixedFrom;
        this.createdAt = createdAt;
    }

    ScenarioVersion addVersion(ScenarioDetails details, String choices, String caseVersion, String stanceSnapshot,
                               Instant savedAt) {
        var version = new ScenarioVersion(this, versions.size() + 1, details, choices, caseVersion, stanceSnapshot, savedAt);
        versions.add(version);
        return version;
    }

    Long id() {
        return id;
    }

    String caseId() {
        return caseId;
    }

    SharedScenario remixedFrom() {
        return remixedFrom;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<ScenarioVersion> versions() {
        return versions;
    }

    ScenarioVersion latest() {
        return versions.getLast();
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    void restore() {
        revokedAt = null;
    }

    /** Drops every version (title, notes, choices); the row stays so links can say "removed". */
    void delete(Instant at) {
        versions.clear();
        deletedAt = at;
    }
}
