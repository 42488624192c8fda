package org.guaranteelab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    private static final String PATH = "test-cases/harbour-test.yaml";
    private static final String HARBOUR_FILE = read(PATH);
    private static final Case HARBOUR_CASE = new CaseLoader().load(PATH, HARBOUR_FILE.getBytes(StandardCharsets.UTF_8));
    private static volatile @Nullable Case published = HARBOUR_CASE;

    /** The fictional case as first published, loaded and validated as the catalog loads bundled ones. */
    public static Case harbour() {
        return HARBOUR_CASE;
    }

    /**
     * Publishes a new version of the fictional case, its file with one text replaced, as an author's
     * edit would; closing it restores the first version.
     */
    public static AutoCloseable republishHarbourWith(String original, String replacement) {
        if (!HARBOUR_FILE.contains(original)) {
            throw new IllegalArgumentException("The test case has no " + original);
        }
        published = new CaseLoader().load(PATH, HARBOUR_FILE.replace(original, replacement).getBytes(StandardCharsets.UTF_8));
        return () -> published = HARBOUR_CASE;
    }

    /** Withdraws the fictional case, as its author's unpublish or delete would; closing it publishes it again. */
    public static AutoCloseable unpublishHarbour() {
        published = null;
        return () -> published = HARBOUR_CASE;
    }

    @Override
    public Optional<Case> find(String caseId) {
        return HARBOUR.equals(caseId) ? Optional.ofNullable(published) : Optional.empty();
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
