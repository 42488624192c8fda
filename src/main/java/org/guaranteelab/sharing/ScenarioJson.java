package org.guaranteelab.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption.Level;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * The JSON shape of {@code GET /api/scenarios/{token}}: one version of a shared scenario as plain
 * data. {@code choices} maps option ids to level ids ("" for options without levels);
 * {@code address} is the same choices as the builder's address; {@code caseChanges} says what
 * differs because the case was corrected after this version was saved.
 */
record ScenarioJson(String title, String author, String notes, int version, List<VersionJson> versions,
                    Instant savedAt, String caseId, String caseVersion, Map<String, String> choices, String address,
                    List<String> caseChanges) {

    static ScenarioJson of(Case theCase, SharedVersion shared, ScenarioAnalysis analysis) {
        var choices = new LinkedHashMap<String, String>();
        analysis.chosen().forEach(chosen -> choices.put(chosen.option().id(), chosen.level().map(Level::id).orElse("")));
        var changes = new ArrayList<>(shared.caseChanges());
        shared.ignoredChoices().forEach(ignored ->
                changes.add("The saved choice “" + ignored.parameter() + "” was left out: " + ignored.reason()));
        var versions = shared.versions().stream()
                .map(info -> new VersionJson(info.number(), info.title(), info.savedAt()))
                .toList();
        var details = shared.details();
        return new ScenarioJson(details.title(), details.author(), details.notes(), shared.number(), versions,
                shared.savedAt(), shared.caseId(), shared.caseVersion(), choices,
                ScenarioAddress.encode(theCase, shared.choices()), changes);
    }

    record VersionJson(int number, String title, Instant savedAt) {
    }
}
