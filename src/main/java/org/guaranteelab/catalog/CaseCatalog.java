package org.guaranteelab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final List<PublishedCases> published;

    public CaseCatalog() {
        this(LOCATION, List.of());
    }

    @Autowired
    public CaseCatalog(List<PublishedCases> published) {
        this(LOCATION, published);
    }

    CaseCatalog(String location) {
        this(location, List.of());
    }

    private CaseCatalog(String location, List<PublishedCases> published) {
        this.published = List.copyOf(published);
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

    /** The cases that ship with the app, the default first: the ones a teacher can pick from a list. */
    public List<Case> bundledCases() {
        var bundled = new ArrayList<Case>();
        bundled.add(defaultCase());
        cases.values().stream().filter(found -> !found.id().equals(DEFAULT_CASE_ID))
                .sorted(Comparator.comparing(Case::name)).forEach(bundled::add);
        return List.copyOf(bundled);
    }

    /** Whether this case ships with the app, as opposed to one a user published (unlisted). */
    public boolean isBundled(Case theCase) {
        return cases.get(theCase.id()) == theCase;
    }

    /**
     * The bundled case with this id, or else the latest published version of a user's case. An id
     * that no case could have (e.g. one from a hostile address) finds nothing without asking anyone.
     */
    public Optional<Case> find(@Nullable String caseId) {
        if (!CasePaths.isPlausibleId(caseId)) {
            return Optional.empty();
        }
        var bundled = cases.get(caseId);
        if (bundled != null) {
            return Optional.of(bundled);
        }
        return published.stream().flatMap(source -> source.find(caseId).stream()).findFirst();
    }

    /**
     * The case something stored was built on. One that is no longer published throws
     * {@link CaseWithdrawnException}, which every page and export answers with 410 Gone and says why.
     */
    public Case builtOn(String caseId) {
        return find(caseId).orElseThrow(() -> new CaseWithdrawnException(caseId));
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
