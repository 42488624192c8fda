package org.guaranteelab.comparison;

import java.util.Optional;
import java.util.regex.Pattern;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;
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

    /** A scenario ready to compare; {@code link} is its view path, absent for a draft. */
    public record Compared(String title, Optional<String> link, ScenarioAnalysis analysis) {
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
            var theCase = catalog.find(shared.caseId()).orElseGet(catalog::defaultCase);
            var path = "s/" + token + version.map(number -> "/" + number).orElse("");
            return Optional.of(new Compared(shared.details().title(), Optional.of(path),
                    ScenarioAnalysis.of(theCase, shared.choices())));
        }
        return Optional.empty();
    }

    /** The unsaved scenario of a builder address (its query string); what it cannot read is left out. */
    public Compared draft(Case theCase, String query) {
        var decoded = ScenarioAddress.decode(theCase, query);
        return new Compared("Your draft", Optional.empty(), ScenarioAnalysis.of(theCase, decoded.choices()));
    }
}
