package org.guaranteelab.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * What each stakeholder's position, and its basis, was on each chosen option when a scenario was
 * saved, kept so that a reader can be told what changed if the case is later corrected.
 * Stored as {@code option:stakeholder=position/basis} entries joined by {@code ;}; snapshots
 * saved before stances had a basis hold {@code position} alone, and only it is compared.
 */
final class StanceSnapshot {

    private StanceSnapshot() {
    }

    static String of(ScenarioAnalysis analysis) {
        return entries(analysis).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    /** Human-readable differences between a stored snapshot and the current analysis. */
    static List<String> changes(String stored, ScenarioAnalysis now, Case theCase) {
        var before = parse(stored);
        var after = entries(now);
        var changes = new ArrayList<String>();
        before.forEach((key, was) -> {
            var is = after.get(key);
            if (is == null) {
                return;
            }
            var wasPosition = positionOf(was);
            var isPosition = positionOf(is);
            if (!wasPosition.equals(isPosition)) {
                changes.add(describe(key, theCase) + ": was “" + label(wasPosition) + "”, now “" + label(isPosition) + "”");
            } else if (was.contains("/") && !was.equals(is)) {
                changes.add(describe(key, theCase) + ": still “" + label(isPosition) + "”, but now "
                        + basisLabel(basisOf(is)) + " (was " + basisLabel(basisOf(was)) + ")");
            }
        });
        return changes;
    }

    private static Map<String, String> entries(ScenarioAnalysis analysis) {
        var entries = new TreeMap<String, String>();
        analysis.chosen().forEach(chosen -> chosen.stances().forEach(stance ->
                entries.put(chosen.option().id() + ":" + stance.stakeholder().id(),
                        stance.position().code() + "/" + stance.basis().code())));
        return entries;
    }

    private static Map<String, String> parse(String stored) {
        var entries = new TreeMap<String, String>();
        for (var entry : stored.split(";")) {
            var equals = entry.indexOf('=');
            if (equals > 0) {
                entries.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return entries;
    }

    private static String describe(String key, Case theCase) {
        var colon = key.indexOf(':');
        var option = theCase.option(key.substring(0, colon)).map(found -> found.name()).orElse(key.substring(0, colon));
        var stakeholder = theCase.stakeholder(key.substring(colon + 1)).map(found -> found.name())
                .orElse(key.substring(colon + 1));
        return stakeholder + " on " + option;
    }

    private static String positionOf(String entry) {
        var slash = entry.indexOf('/');
        return slash < 0 ? entry : entry.substring(0, slash);
    }

    private static String basisOf(String entry) {
        return entry.substring(entry.indexOf('/') + 1);
    }

    private static String basisLabel(String code) {
        for (var basis : StanceBasis.values()) {
            if (basis.code().equals(code)) {
                return basis.label();
            }
        }
        return code;
    }

    private static String label(String code) {
        for (var position : Position.values()) {
            if (position.code().equals(code)) {
                return position.label();
            }
        }
        return code;
    }
}
