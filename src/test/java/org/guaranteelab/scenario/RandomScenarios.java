package org.guaranteelab.scenario;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.guaranteelab.catalog.Case;

/** Seeded random scenarios for property tests; a failing test names its seed so it can be replayed. */
public final class RandomScenarios {

    /** Change to run a different sample; failures print the seed of the scenario that broke a rule. */
    private static final long BASE_SEED = 20250311L;

    private RandomScenarios() {
    }

    public static Stream<Long> seeds() {
        return LongStream.range(0, 300).mapToObj(index -> BASE_SEED + index);
    }

    public static Choices choices(Case theCase, long seed) {
        var random = new Random(seed);
        var choices = Choices.none();
        for (var option : theCase.options()) {
            if (random.nextBoolean()) {
                var levels = option.levels();
                choices = levels.isEmpty() ? choices.with(option.id())
                        : choices.with(option.id(), levels.get(random.nextInt(levels.size())).id());
            }
        }
        return choices;
    }

    public static Choices everything(Case theCase) {
        var choices = Choices.none();
        for (var option : theCase.options()) {
            choices = option.hasLevels() ? choices.with(option.id(), option.levels().getLast().id())
                    : choices.with(option.id());
        }
        return choices;
    }
}
