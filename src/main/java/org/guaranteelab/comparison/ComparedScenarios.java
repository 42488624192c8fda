package org.guaranteelab.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioQuery;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.SharedVersion;
import org.guaranteelab.sharing.SharingService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Turns what people paste into a comparison (view links, tokens, a draft address) into analyses. */
@Service
public class ComparedScenarios {

    /** A bare token, or a view link ending in /s/{token} or /s/{token}/{version}. */
    private static final Pattern VIEW_LINK = Pattern.compile("(?:^|.*/s/)([A-Za-z0-9_-]{22})(?:/([1-9][0-9]{0,5}))?/?$");
    private static final int MAX_INPUT_LENGTH = 300;

    private final SharingService sharing;
    private final CaseCatalog catalog;

    ComparedScenarios(SharingService sharing, CaseCatalog catalog) {
        this.sharing = sharing;
        this.catalog = catalog;
    }

    /** The parameter of a draft's address that names its case, when it is not the default one. */
    public static final String CASE_PARAMETER = "case";

    /** A scenario ready to compare; {@code link} is its view path, absent for a draft. */
    public record Compared(String title, Optional<String> link, ScenarioAnalysis analysis, Case theCase) {
    }

    /**
     * Why these scenarios cannot be compared: they were made on different cases, whose options and
     * stakeholders differ. Empty when they share one case.
     */
    public static Optional<String> caseMismatch(List<Compared> compared) {
        var cases = compared.stream().map(Compared::theCase).distinct().toList();
        if (cases.size() < 2) {
            return Optional.empty();
        }
        var names = cases.stream().map(theCase -> "“" + theCase.name() + "”").collect(Collectors.joining(" and "));
        return Optional.of("These scenarios were made on different cases (" + names + "), with different options and "
                + "stakeholders, so they cannot be compared. Compare scenarios made on the same case.");
    }

    /** A saved scenario by its view link or token; empty if it cannot be opened. */
    public Optional<Compared> saved(@Nullable String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        var matcher = VIEW_LINK.matcher(input.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var token = matcher.group(1);
        var version = Optional.ofNullable(matcher.group(2)).map(Integer::parseInt);
        if (sharing.open(token, version) instanceof Lookup.Found<SharedVersion> found) {
            var shared = found.value();
            var theCase = catalog.builtOn(shared.caseId());
            var path = "s/" + token + version.map(number -> "/" + number).orElse("");
            return Optional.of(new Compared(shared.details().title(), Optional.of(path),
                    ScenarioAnalysis.of(theCase, shared.choices()), theCase));
        }
        return Optional.empty();
    }

    /**
     * The unsaved scenario of a builder address (its query string, with {@value #CASE_PARAMETER}={id}
     * for a case other than the default one); what it cannot read is left out.
     */
    public Compared draft(String query) {
        var parameters = new LinkedHashMap<>(switch (ScenarioQuery.parse(query)) {
            case ScenarioQuery.Read read -> read.parameters();
            case ScenarioQuery.Refused refused -> Map.<String, List<String>>of();
        });
        var named = parameters.remove(CASE_PARAMETER);
        var theCase = named == null || named.isEmpty() ? catalog.defaultCase()
                : catalog.builtOn(named.getFirst());
        var decoded = ScenarioAddress.decode(theCase, parameters);
        return new Compared("Your draft", Optional.empty(), ScenarioAnalysis.of(theCase, decoded.choices()), theCase);
    }

    /** The draft address of a builder's scenario on this case, for {@link #draft(String)}. */
    public static String draftAddress(Case theCase, String query, boolean isDefault) {
        if (isDefault) {
            return query;
        }
        var named = CASE_PARAMETER + "=" + theCase.id();
        return query.isEmpty() ? named : named + "&" + query;
    }
}
