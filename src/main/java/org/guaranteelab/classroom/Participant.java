package org.guaranteelab.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student in a class: the display name they chose, nothing else about them. */
@Entity
@Table(name = "class_participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "classroom_id", nullable = false)
    private Long classroomId;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "display_name", length = DisplayNames.MAX_LENGTH, nullable = false)
    private String displayName;

    /** The stakeholder id the student plays, if the class has roles. */
    @Column(name = "role", length = 64)
    private String role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    /** Set when the teacher removed the student: the token stops working, the name stays taken. */
    @Column(name = "removed_at")
    private Instant removedAt;

    protected Participant() {
    }

    Participant(Long classroomId, String tokenHash, String displayName, String role, Instant joinedAt) {
        this.classroomId = classroomId;
        this.tokenHash = tokenHash;
        this.displayName = displayName;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    Long id() {
        return id;
    }

    Long classroomId() {
        return classroomId;
    }

    String displayName() {
        return displayName;
    }

    String role() {
        return role;
    }

    void setRole(String role) {
        this.role = role;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    void remove(Instant now) {
        this.removedAt = now;
    }
}
