package org.guaranteelab.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Demand;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * Discussion prompts written by Guarantee Lab (not the article's) from a class's own latest
 * submissions: the option that split the class most evenly, and the stated demand most scenarios
 * leave unmet. Each names the passages it rests on. None until two students have submitted.
 */
public final class ClassPrompts {

    private ClassPrompts() {
    }

    /** {@code kind} says what the prompt is drawn from, e.g. "Most contested option". */
    public record Prompt(String kind, String question, List<String> passageIds) {

        public Prompt {
            passageIds = List.copyOf(passageIds);
        }
    }

    public static List<Prompt> of(Case theCase, List<ClassSubmission> latest) {
        var submitted = latest.size();
        if (submitted < 2) {
            return List.of();
        }
        var prompts = new ArrayList<Prompt>();
        ClassBoard.of(theCase, latest).options().stream()
                .filter(option -> option.count() > 0 && option.count() < submitted)
                .min(Comparator.comparingInt(option -> Math.abs(2 * option.count() - submitted)))
                .ifPresent(option -> prompts.add(new Prompt("Most contested option", "“" + option.option().name()
                        + "” split the class: " + option.count() + " of " + submitted + " chose it. What did those "
                        + "who chose it weigh that the others did not?", option.option().passages())));
        Map<String, Integer> unmet = new LinkedHashMap<>();
        Map<String, Demand> demands = new HashMap<>();
        for (var submission : latest) {
            for (var demand : ScenarioAnalysis.of(theCase, submission.choices()).unmetDemands()) {
                unmet.merge(demand.id(), 1, Integer::sum);
                demands.put(demand.id(), demand);
            }
        }
        unmet.entrySet().stream()
                .filter(entry -> 2 * entry.getValue() > submitted)
                .max(Map.Entry.comparingByValue())
                .ifPresent(entry -> {
                    var demand = demands.get(entry.getKey());
                    prompts.add(new Prompt("A stated demand most left unmet", entry.getValue() + " of " + submitted
                            + " scenarios leave this stated demand unmet: " + demand.text()
                            + " Can the class's guarantee work without it?",
                            demand.quotes().stream().map(Quote::passage).distinct().toList()));
                });
        return prompts;
    }
}
