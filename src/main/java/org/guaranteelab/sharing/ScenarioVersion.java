package org.guaranteelab.sharing;

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
import org.jspecify.annotations.Nullable;

/** One saved state of a scenario; never changed once written. */
@Entity
@Table(name = "scenario_version")
class ScenarioVersion {

    static final int CHOICES_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id")
    private SharedScenario scenario;

    @Column(nullable = false)
    private int number;

    @Column(length = ScenarioDetails.TITLE_MAX_LENGTH, nullable = false)
    private String title;

    @Column(length = ScenarioDetails.AUTHOR_MAX_LENGTH)
    private @Nullable String author;

    @Column(length = ScenarioDetails.NOTES_MAX_LENGTH)
    private @Nullable String notes;

    @Column(length = CHOICES_MAX_LENGTH, nullable = false)
    private String choices;

    @Column(name = "case_version", length = 32, nullable = false)
    private String caseVersion;

    @Column(name = "stance_snapshot", length = 8000, nullable = false)
    private String stanceSnapshot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScenarioVersion() {
    }

    ScenarioVersion(SharedScenario scenario, int number, ScenarioDetails details, String choices, String caseVersion,
                    String stanceSnapshot, Instant createdAt) {
        this.scenario = scenario;
        this.number = number;
        this.title = details.title();
        this.author = details.author().isEmpty() ? null : details.author();
        this.notes = details.notes().isEmpty() ? null : details.notes();
        this.choices = choices;
        this.caseVersion = caseVersion;
        this.stanceSnapshot = stanceSnapshot;
        this.createdAt = createdAt;
    }

    int number() {
        return number;
    }

    ScenarioDetails details() {
        return new ScenarioDetails(title, author == null ? "" : author, notes == null ? "" : notes);
    }

    String choices() {
        return choices;
    }

    String caseVersion() {
        return caseVersion;
    }

    String stanceSnapshot() {
        return stanceSnapshot;
    }

    Instant createdAt() {
        return createdAt;
    }
}
