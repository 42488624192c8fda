package org.guaranteelab.authoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A case being written, reachable only through the edit token whose hash it keeps, and its publications.
 * Updated column by column, so that a change to the draft does not write the article's text again.
 */
@Entity
@DynamicUpdate
@Table(name = "case_draft")
class CaseDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edit_token_hash", length = 64, nullable = false, unique = true)
    private String editTokenHash;

    @Column(name = "case_id", length = 64, nullable = false, unique = true)
    private String caseId;

    @Column(name = "content", length = 1_000_000)
    private @Nullable String content;

    /** Null for an imported case, and for a draft stored before V9 until its next change. */
    @Column(name = "article_text", length = 100_000)
    private @Nullable String articleText;

    /** The case file as imported, published in place of the draft until the draft's first change. */
    @Column(name = "imported_file", length = 1_000_000)
    private @Nullable String importedFile;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PublishedVersion> versions = new ArrayList<>();

    protected CaseDraft() {
    }

    CaseDraft(String editTokenHash, String caseId, @Nullable String content, @Nullable String articleText,
              Instant createdAt) {
        this.editTokenHash = editTokenHash;
        this.caseId = caseId;
        this.content = content;
        this.articleText = articleText;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    String caseId() {
        return caseId;
    }

    @Nullable String content() {
        return content;
    }

    @Nullable String articleText() {
        return articleText;
    }

    @Nullable String importedFile() {
        return importedFile;
    }

    void keepImportedFile(String caseFile) {
        importedFile = caseFile;
    }

    /**
     * {@code articleText} is written only if it was not stored apart yet. A change drops the imported file:
     * from then on the case is the draft.
     */
    void update(String changed, String text, Instant at) {
        if (!changed.equals(content)) {
            importedFile = null;
        }
        content = changed;
        if (articleText == null) {
            articleText = text;
        }
        updatedAt = at;
    }

    Optional<PublishedVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    int versionCount() {
        return versions.size();
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    /** Publishes the case file: a new version unless it is the latest one's, byte for byte. */
    PublishedVersion publish(String caseFile, Instant at) {
        publishedAt = at;
        var latest = latest();
        if (latest.isPresent() && latest.get().content().equals(caseFile)) {
            return latest.get();
        }
        var version = new PublishedVersion(this, versions.size() + 1, caseFile, at);
        versions.add(version);
        return version;
    }

    void unpublish() {
        publishedAt = null;
    }
}
