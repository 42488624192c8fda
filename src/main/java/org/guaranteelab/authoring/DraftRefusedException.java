package org.guaranteelab.authoring;

import java.util.List;

/** A draft, import or publication that cannot be stored as it is; the problems say why, in the author's terms. */
public class DraftRefusedException extends RuntimeException {

    private final List<String> problems;

    DraftRefusedException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
