package org.guaranteelab.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAnalysis;

/**
 * What the class's latest submissions add up to: how often each option and level was chosen, how
 * each stakeholder's stated positions fall on the options the class chose (the heat map), and the
 * most common combinations. Pure: computed from the case and the submissions alone.
 */
public record ClassBoard(int submitted, List<OptionCount> options, List<HeatRow> heatMap,
                         List<Combination> combinations) {

    static final int MAX_COMBINATIONS = 5;

    public ClassBoard {
        options = List.copyOf(options);
        heatMap = List.copyOf(heatMap);
        combinations = List.copyOf(combinations);
    }

    public static ClassBoard of(Case theCase, List<ClassSubmission> latest) {
        var analyses = latest.stream().map(submission -> ScenarioAnalysis.of(theCase, submission.choices())).toList();
        var options = theCase.options().stream().map(option -> count(option, latest)).toList();
        var heatMap = theCase.stakeholders().stream().map(stakeholder -> heatRow(theCase, stakeholder, analyses)).toList();
        return new ClassBoard(latest.size(), options, heatMap, combinations(theCase, analyses));
    }

    private static OptionCount count(GuaranteeOption option, List<ClassSubmission> latest) {
        var chosenBy = (int) latest.stream().filter(submission -> submission.choices().includes(option.id())).count();
        var levels = option.levels().stream()
                .map(level -> new LevelCount(level, (int) latest.stream()
                        .filter(submission -> submission.choices().levelOf(option.id()).filter(level.id()::equals).isPresent())
                        .count()))
                .toList();
        return new OptionCount(option, chosenBy, levels);
    }

    private static HeatRow heatRow(Case theCase, Stakeholder stakeholder, List<ScenarioAnalysis> analyses) {
        var cells = new ArrayList<HeatCell>();
        for (var option : theCase.options()) {
            var counts = new EnumMap<Position, Integer>(Position.class);
            for (var position : Position.values()) {
                counts.put(position, 0);
            }
            analyses.forEach(analysis -> analysis.chosen(option.id())
                    .flatMap(chosen -> chosen.stanceOf(stakeholder.id()))
                    .ifPresent(stance -> counts.merge(stance.position(), 1, Integer::sum)));
            cells.add(new HeatCell(option, counts));
        }
        return new HeatRow(stakeholder, cells);
    }

    private static List<Combination> combinations(Case theCase, List<ScenarioAnalysis> analyses) {
        var counts = new LinkedHashMap<Choices, Integer>();
        var labels = new LinkedHashMap<Choices, List<String>>();
        for (var analysis : analyses) {
            counts.merge(analysis.choices(), 1, Integer::sum);
            labels.putIfAbsent(analysis.choices(),
                    analysis.chosen().stream().map(ScenarioAnalysis.ChosenOption::label).toList());
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Choices, Integer>comparingByValue().reversed())
                .limit(MAX_COMBINATIONS)
                .map(entry -> new Combination(labels.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** How many latest submissions include an option, and each of its levels. */
    public record OptionCount(GuaranteeOption option, int count, List<LevelCount> levels) {
        public OptionCount {
            levels = List.copyOf(levels);
        }
    }

    public record LevelCount(GuaranteeOption.Level level, int count) {
    }

    /** One stakeholder across the options. */
    public record HeatRow(Stakeholder stakeholder, List<HeatCell> cells) {
        public HeatRow {
            cells = List.copyOf(cells);
        }

        /** Over all the class's chosen options: how often the stakeholder holds this position. */
        public int total(Position position) {
            return cells.stream().mapToInt(cell -> cell.count(position)).sum();
        }
    }

    /**
     * Among the submissions that chose {@code option}, how often this stakeholder holds each position
     * on the chosen level. All zero where nobody chose the option.
     */
    public record HeatCell(GuaranteeOption option, Map<Position, Integer> counts) {
        public HeatCell {
            counts = Map.copyOf(counts);
        }

        public int count(Position position) {
            return counts.getOrDefault(position, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The most frequent position; ties go to the more cautious reading (later in {@link Position}'s order). */
        public Position dominant() {
            return counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<Position, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(entry -> entry.getKey().ordinal()))
                    .map(Map.Entry::getKey)
                    .orElse(Position.NOT_STATED);
        }
    }

    /** A set of choices several students made, as option labels ("NATO path: Bridge…"); empty: nothing chosen. */
    public record Combination(List<String> labels, int count) {
        public Combination {
            labels = List.copyOf(labels);
        }
    }
}
