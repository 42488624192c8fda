package org.guaranteelab.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken case file into Spring Boot's short start-up failure report instead of a stack trace. */
class InvalidCaseFileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCaseFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCaseFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct " + cause.fileName() + " (its format is described in docs/case-format.md) and start again.",
                cause);
    }
}
