package org.guaranteelab.classroom;

import java.util.Optional;

/** What a teacher types to start a class; {@code prompt} is optional. */
public record ClassSetup(String name, Optional<String> prompt, RoleMode roles) {

    public static final int NAME_LENGTH = Classroom.NAME_LENGTH;
    public static final int PROMPT_LENGTH = Classroom.PROMPT_LENGTH;
}
