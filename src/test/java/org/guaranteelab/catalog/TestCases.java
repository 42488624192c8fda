package org.guaranteelab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Serves a second, fictional case as if a teacher had published it, in every test's application
 * context, so that each feature can be tested on a case other than the bundled one without the case
 * editor (src/test/resources/test-cases/harbour-test.yaml).
 */
@Component
public class TestCases implements PublishedCases {

    /** The id of the fictional published case. */
    public static final String HARBOUR = "harbour-test";

    private static final Case HARBOUR_CASE = load("test-cases/harbour-test.yaml");

    /** The fictional case, loaded and validated as the catalog loads bundled ones. */
    public static Case harbour() {
        return HARBOUR_CASE;
    }

    @Override
    public Optional<Case> find(String caseId) {
        return HARBOUR.equals(caseId) ? Optional.of(HARBOUR_CASE) : Optional.empty();
    }

    private static Case load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new CaseLoader().load(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
