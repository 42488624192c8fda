package org.guaranteelab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.Stakeholder;

/**
 * Two or three analysed scenarios side by side: which options each chose and where they differ,
 * and how each stakeholder fares from the first scenario to each of the others. Pure and immutable.
 *
 * @param options      every option of the case that at least one scenario chose, in the case's order
 * @param stakeholders per stakeholder, its favourable options in each scenario and what changes
 */
public record ScenarioComparison(List<ScenarioAnalysis> scenarios, List<OptionRow> options,
                                 List<StakeholderRow> stakeholders) {

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
        options = List.copyOf(options);
        stakeholders = List.copyOf(stakeholders);
    }

    public static ScenarioComparison of(Case theCase, List<ScenarioAnalysis> scenarios) {
        if (scenarios.size() < 2 || scenarios.size() > 3) {
            throw new IllegalArgumentException("Compare two or three scenarios, not " + scenarios.size());
        }
        var options = new ArrayList<OptionRow>();
        for (var option : theCase.options()) {
            var levels = scenarios.stream().map(analysis -> choiceOf(analysis, option)).toList();
            if (levels.stream().anyMatch(Optional::isPresent)) {
                options.add(new OptionRow(option, levels));
            }
        }
        var stakeholders = theCase.stakeholders().stream().map(stakeholder -> {
            var favoured = scenarios.stream().map(analysis -> favouredBy(analysis, stakeholder)).toList();
            return new StakeholderRow(stakeholder, favoured);
        }).toList();
        return new ScenarioComparison(scenarios, options, stakeholders);
    }

    /** The differing option rows first: what a reader of a comparison looks for. */
    public List<OptionRow> differencesFirst() {
        var ordered = new ArrayList<OptionRow>(options.stream().filter(OptionRow::differs).toList());
        options.stream().filter(row -> !row.differs()).forEach(ordered::add);
        return ordered;
    }

    /** True when every scenario made exactly the same choices. */
    public boolean identical() {
        return options.stream().noneMatch(OptionRow::differs);
    }

    private static Optional<String> choiceOf(ScenarioAnalysis analysis, GuaranteeOption option) {
        return analysis.chosen(option.id())
                .map(chosen -> chosen.level().map(GuaranteeOption.Level::name).orElse("included"));
    }

    private static Set<String> favouredBy(ScenarioAnalysis analysis, Stakeholder stakeholder) {
        var favoured = new TreeSet<String>();
        analysis.chosen().forEach(chosen -> chosen.stanceOf(stakeholder.id())
                .filter(stance -> stance.position().favourable())
                .ifPresent(stance -> favoured.add(chosen.option().id())));
        return favoured;
    }

    /**
     * One option across the scenarios: "included", the chosen level's name, or empty where a
     * scenario left it out.
     */
    public record OptionRow(GuaranteeOption option, List<Optional<String>> choices) {

        public OptionRow {
            choices = List.copyOf(choices);
        }

        public boolean differs() {
            return choices.stream().distinct().count() > 1;
        }
    }

    /**
     * A stakeholder's favourable options (supports or offered) in each scenario, by option id.
     */
    public record StakeholderRow(Stakeholder stakeholder, List<Set<String>> favoured) {

        public StakeholderRow {
            favoured = favoured.stream().map(Set::copyOf).toList();
        }

        /** Options it supports in scenario {@code other} but not in the first one. */
        public Set<String> gainedIn(int other) {
            var gained = new TreeSet<>(favoured.get(other));
            gained.removeAll(favoured.getFirst());
            return gained;
        }

        /** Options it supports in the first scenario but not in scenario {@code other}. */
        public Set<String> lostIn(int other) {
            var lost = new TreeSet<>(favoured.getFirst());
            lost.removeAll(favoured.get(other));
            return lost;
        }
    }
}
