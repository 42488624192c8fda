package org.guaranteelab.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submission of a scenario by a student; resubmissions get the next number. */
@Entity
@Table(name = "class_submission")
class Submission {

    static final int CHOICES_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "classroom_id", nullable = false)
    private Long classroomId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(name = "number", nullable = false)
    private int number;

    /** The scenario's address (ScenarioAddress), e.g. {@code nato=bridge&g7}. */
    @Column(name = "choices", length = CHOICES_LENGTH, nullable = false)
    private String choices;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The student's reason as they typed it (checked by {@link Reasons}); null if they gave none. */
    @Column(name = "reason", length = ClassSubmission.REASON_LENGTH)
    private String reason;

    protected Submission() {
    }

    Submission(Long classroomId, Long participantId, int number, String choices, String reason, Instant submittedAt) {
        this.classroomId = classroomId;
        this.participantId = participantId;
        this.number = number;
        this.choices = choices;
        this.submittedAt = submittedAt;
        this.reason = reason.isEmpty() ? null : reason;
    }

    Long id() {
        return id;
    }

    Long participantId() {
        return participantId;
    }

    int number() {
        return number;
    }

    String choices() {
        return choices;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    /** Empty if the student gave no reason. */
    String reason() {
        return reason == null ? "" : reason;
    }
}
