package org.guaranteelab.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A class a teacher runs, reachable by its join code (students) and its board token (teacher). */
@Entity
@Table(name = "classroom")
class Classroom {

    static final int NAME_LENGTH = 80;
    static final int PROMPT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_token_hash", length = 64, nullable = false, unique = true)
    private String boardTokenHash;

    @Column(name = "join_code", length = JoinCodes.LENGTH, nullable = false, unique = true)
    private String joinCode;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "prompt", length = PROMPT_LENGTH)
    private String prompt;

    @Column(name = "case_id", length = 64, nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "roles", length = 16, nullable = false)
    private RoleMode roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private ClassState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Classroom() {
    }

    Classroom(String boardTokenHash, String joinCode, String name, String prompt, String caseId, RoleMode roles,
              Instant createdAt, Instant expiresAt) {
        this.boardTokenHash = boardTokenHash;
        this.joinCode = joinCode;
        this.name = name;
        this.prompt = prompt;
        this.caseId = caseId;
        this.roles = roles;
        this.state = ClassState.OPEN;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String joinCode() {
        return joinCode;
    }

    String name() {
        return name;
    }

    String prompt() {
        return prompt;
    }

    String caseId() {
        return caseId;
    }

    RoleMode roles() {
        return roles;
    }

    ClassState state() {
        return state;
    }

    void setState(ClassState state) {
        this.state = state;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
