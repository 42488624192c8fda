package org.guaranteelab.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Concern;
import org.guaranteelab.catalog.Demand;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.GuaranteeOption.Level;
import org.guaranteelab.catalog.OptionRef;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Purpose;
import org.guaranteelab.catalog.PurposeLink;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.catalog.StanceBasis;
import org.guaranteelab.catalog.Tension;

/**
 * Everything the app shows for one scenario, computed from the case and the choices alone.
 * Pure and immutable: the builder, shared links, comparisons and the classroom board all render
 * the same analysis.
 *
 * @param chosen       the chosen options in the case's order, each with every stakeholder's stance
 * @param tallies      per stakeholder, how many choices it holds each position on; the chosen parts of a
 *                     bundle (the G7 guarantees) count as one choice (docs/decisions/0017-stance-basis-and-levels.md)
 * @param purposes     each purpose the source names, with the chosen options that serve it
 * @param metDemands   stated demands that a chosen option meets, on our reading (see {@link Demand#note()})
 * @param unmetDemands stated demands that no chosen option meets
 * @param tensions     combinations in the scenario that the source points to as problematic
 */
public record ScenarioAnalysis(Choices choices, List<ChosenOption> chosen, List<Tally> tallies,
                               List<PurposeServed> purposes, List<Demand> metDemands, List<Demand> unmetDemands,
                               List<Tension> tensions) {

    public ScenarioAnalysis {
        chosen = List.copyOf(chosen);
        tallies = List.copyOf(tallies);
        purposes = List.copyOf(purposes);
        metDemands = List.copyOf(metDemands);
        unmetDemands = List.copyOf(unmetDemands);
        tensions = List.copyOf(tensions);
    }

    /**
     * @throws IllegalArgumentException if the choices name an option or level the case lacks
     *                                  (choices from {@link ScenarioAddress} never do)
     */
    public static ScenarioAnalysis of(Case theCase, Choices choices) {
        var chosen = new ArrayList<ChosenOption>();
        for (var option : theCase.options()) {
            if (choices.includes(option.id())) {
                chosen.add(chosenOption(theCase, option, choices.levelOf(option.id()).orElse(null)));
            }
        }
        if (chosen.size() != choices.size()) {
            var unknown = new ArrayList<>(choices.optionIds());
            chosen.forEach(option -> unknown.remove(option.option().id()));
            throw new IllegalArgumentException("Options not in case " + theCase.id() + ": " + unknown);
        }

        var tallies = theCase.stakeholders().stream().map(stakeholder -> tally(theCase, stakeholder, chosen)).toList();
        var purposes = theCase.purposes().stream().map(purpose -> served(purpose, chosen)).toList();
        var met = theCase.demands().stream()
                .filter(demand -> demand.metBy().stream().anyMatch(ref -> matches(ref, choices)))
                .toList();
        var unmet = theCase.demands().stream().filter(demand -> !met.contains(demand)).toList();
        var tensions = theCase.tensions().stream()
                .filter(tension -> tension.when().stream().allMatch(ref -> matches(ref, choices)))
                .toList();
        return new ScenarioAnalysis(choices, chosen, tallies, purposes, met, unmet, tensions);
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    public Optional<ChosenOption> chosen(String optionId) {
        return chosen.stream().filter(option -> option.option().id().equals(optionId)).findFirst();
    }

    private static ChosenOption chosenOption(Case theCase, GuaranteeOption option, String levelId) {
        Level level = null;
        if (option.hasLevels()) {
            level = option.level(levelId).orElseThrow(() -> new IllegalArgumentException(
                    "Option " + option.id() + " needs one of its levels, got " + levelId));
        } else if (levelId != null) {
            throw new IllegalArgumentException("Option " + option.id() + " has no levels, got " + levelId);
        }
        var chosenLevel = level == null ? null : level.id();
        var stances = theCase.stakeholders().stream().map(stakeholder -> {
            var stance = theCase.stance(stakeholder.id(), option.id());
            var at = stance.at(chosenLevel);
            return new StakeholderStance(stakeholder, at.position(), at.basis(), theCase.basisLine(at.basis(), at.quotes()),
                    at.quotes(), Optional.ofNullable(stance.note()));
        }).toList();
        var concerns = theCase.concerns().stream()
                .filter(concern -> concern.option().equals(option.id()))
                .filter(concern -> concern.level() == null || concern.level().equals(chosenLevel))
                .toList();
        var purposeLinks = theCase.purposeLinks().stream()
                .filter(link -> link.option().equals(option.id()))
                .filter(link -> link.level() == null || link.level().equals(chosenLevel))
                .toList();
        return new ChosenOption(option, Optional.ofNullable(level), stances, concerns, purposeLinks);
    }

    private static boolean matches(OptionRef ref, Choices choices) {
        return choices.includes(ref.option())
                && (ref.level() == null || ref.level().equals(choices.levelOf(ref.option()).orElse(null)));
    }

    /**
     * Counts each choice once: a bundle's chosen parts are one choice, so that taking the G7 package
     * does not outweigh any other single choice. Where the stakeholder's position differs from part
     * to part, the bundle counts as "differs by part" rather than under any one position.
     */
    private static Tally tally(Case theCase, Stakeholder stakeholder, List<ChosenOption> chosen) {
        var counts = new EnumMap<Position, Integer>(Position.class);
        for (var position : Position.values()) {
            counts.put(position, 0);
        }
        var bundles = new LinkedHashMap<String, List<Position>>();
        for (var option : chosen) {
            var position = option.stanceOf(stakeholder.id()).map(StakeholderStance::position).orElse(Position.NOT_STATED);
            var group = theCase.groupOf(option.option().id());
            if (group != null && group.bundle()) {
                bundles.computeIfAbsent(group.id(), id -> new ArrayList<>()).add(position);
            } else {
                counts.merge(position, 1, Integer::sum);
            }
        }
        var differing = 0;
        for (var positions : bundles.values()) {
            if (positions.stream().distinct().count() == 1) {
                counts.merge(positions.getFirst(), 1, Integer::sum);
            } else {
                differing++;
            }
        }
        return new Tally(stakeholder, counts, differing);
    }

    private static PurposeServed served(Purpose purpose, List<ChosenOption> chosen) {
        var servedBy = new ArrayList<ServingOption>();
        for (var option : chosen) {
            option.purposeLinks().stream()
                    .filter(link -> link.purpose().equals(purpose.id()))
                    .forEach(link -> servedBy.add(new ServingOption(option.option(), link)));
        }
        return new PurposeServed(purpose, servedBy);
    }

    /** A chosen option with what every stakeholder says of it and what the source worries about. */
    public record ChosenOption(GuaranteeOption option, Optional<Level> level, List<StakeholderStance> stances,
                               List<Concern> concerns, List<PurposeLink> purposeLinks) {

        public ChosenOption {
            stances = List.copyOf(stances);
            concerns = List.copyOf(concerns);
            purposeLinks = List.copyOf(purposeLinks);
        }

        public Optional<StakeholderStance> stanceOf(String stakeholderId) {
            return stances.stream().filter(stance -> stance.stakeholder().id().equals(stakeholderId)).findFirst();
        }

        /** "NATO path: Bridge toward eventual membership", or just the name for on/off options. */
        public String label() {
            return level.map(chosenLevel -> option.name() + ": " + chosenLevel.name()).orElse(option.name());
        }
    }

    /**
     * One stakeholder's position on one chosen option; {@code basisLine} says whose words it rests
     * on, for display ("in their own words (Jean-Noël Barrot)"); {@code note} is our editorial remark, if any.
     */
    public record StakeholderStance(Stakeholder stakeholder, Position position, StanceBasis basis, String basisLine,
                                    List<Quote> quotes, Optional<String> note) {
        public StakeholderStance {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * How many choices a stakeholder holds each position on; a bundle's chosen parts are one choice,
     * counted in {@code differsByPart} where the stakeholder's position is not the same on each part.
     */
    public record Tally(Stakeholder stakeholder, Map<Position, Integer> counts, int differsByPart) {

        public Tally {
            counts = Map.copyOf(counts);
        }

        public int count(Position position) {
            return counts.getOrDefault(position, 0);
        }

        /** The number of choices: chosen options, with a bundle's chosen parts as one. */
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() + differsByPart;
        }
    }

    /** The number of choices the tallies count: chosen options, with a bundle's chosen parts as one. */
    public int choiceCount() {
        return tallies.isEmpty() ? chosen.size() : tallies.getFirst().total();
    }

    /** A purpose and the chosen options that serve it, on the source's word or on ours. */
    public record PurposeServed(Purpose purpose, List<ServingOption> servedBy) {

        public PurposeServed {
            servedBy = List.copyOf(servedBy);
        }

        public boolean isServed() {
            return !servedBy.isEmpty();
        }

        public boolean isServedOnSourcesWord() {
            return servedBy.stream().anyMatch(serving -> serving.link().basis() == Basis.SOURCE);
        }
    }

    public record ServingOption(GuaranteeOption option, PurposeLink link) {
    }
}
