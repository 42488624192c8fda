package org.guaranteelab.sharing;

import java.util.Map;

/** A save refused because a field is missing, too long or holds a hidden character; nothing was written. */
public class InvalidDetailsException extends RuntimeException {

    private final Map<String, String> problems;

    InvalidDetailsException(Map<String, String> problems) {
        super("Invalid scenario details: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    /** Field name (title, author, notes) → a message for the user. */
    public Map<String, String> problems() {
        return problems;
    }
}
