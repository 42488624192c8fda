package org.guaranteelab.catalog;

import java.util.List;

/** A case file that cannot be used. Its message names the file, each faulty entry and the problem. */
public class InvalidCaseFileException extends RuntimeException {

    private final String fileName;
    private final List<String> problems;

    InvalidCaseFileException(String fileName, List<String> problems) {
        super("Case file " + fileName + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> problems() {
        return problems;
    }
}
