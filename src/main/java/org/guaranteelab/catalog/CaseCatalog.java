package org.guaranteelab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The cases the app knows, loaded and validated once at start-up: a broken case file stops the
 * app with a message that names the file, the entry and the problem.
 */
@Service
public class CaseCatalog {

    static final String DEFAULT_CASE_ID = "ukraine-2025";
    private static final String LOCATION = "classpath*:cases/*.yaml";

    private final Map<String, Case> cases;

    public CaseCatalog() {
        this(LOCATION);
    }

    CaseCatalog(String location) {
        var loader = new CaseLoader();
        var loaded = new LinkedHashMap<String, Case>();
        for (var resource : resources(location)) {
            var name = "cases/" + resource.getFilename();
            var found = loader.load(name, read(resource));
            if (loaded.putIfAbsent(found.id(), found) != null) {
                throw new InvalidCaseFileException(name, List.of("id: '" + found.id() + "' is used by another case file"));
            }
        }
        if (!loaded.containsKey(DEFAULT_CASE_ID)) {
            throw new InvalidCaseFileException(location, List.of("no case file with id '" + DEFAULT_CASE_ID + "'"));
        }
        this.cases = Map.copyOf(loaded);
    }

    public Case defaultCase() {
        return cases.get(DEFAULT_CASE_ID);
    }

    public Optional<Case> find(String caseId) {
        return Optional.ofNullable(caseId).map(cases::get);
    }

    private static List<Resource> resources(String location) {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(location)).stream()
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the case files at " + location, e);
        }
    }

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read case file " + resource.getFilename(), e);
        }
    }
}
