package org.guaranteelab.classroom;

import java.util.Optional;

/**
 * What a teacher types to start a class; {@code prompt} is optional, and {@code caseId} empty for the
 * default case.
 */
public record ClassSetup(String name, Optional<String> prompt, RoleMode roles, Optional<String> caseId) {

    /** A class on the default case. */
    public ClassSetup(String name, Optional<String> prompt, RoleMode roles) {
        this(name, prompt, roles, Optional.empty());
    }

    public static final int NAME_LENGTH = Classroom.NAME_LENGTH;
    public static final int PROMPT_LENGTH = Classroom.PROMPT_LENGTH;
}
