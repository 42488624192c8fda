package org.guaranteelab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioComparisonTest {

    private static final Case CASE = new CaseCatalog().defaultCase();

    static Stream<Long> seeds() {
        return RandomScenarios.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_scenario_compared_with_itself_has_no_difference(long seed) {
        var analysis = ScenarioAnalysis.of(CASE, RandomScenarios.choices(CASE, seed));

        var comparison = ScenarioComparison.of(CASE, List.of(analysis, analysis));

        assertThat(comparison.identical()).as("seed %d", seed).isTrue();
        assertThat(comparison.stakeholders()).allSatisfy(row -> {
            assertThat(row.gainedIn(1)).isEmpty();
            assertThat(row.lostIn(1)).isEmpty();
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compared_with_the_empty_scenario_every_choice_is_a_difference(long seed) {
        var choices = RandomScenarios.choices(CASE, seed);
        var comparison = ScenarioComparison.of(CASE,
                List.of(ScenarioAnalysis.of(CASE, choices), ScenarioAnalysis.of(CASE, Choices.none())));

        assertThat(comparison.options()).as("seed %d", seed).hasSize(choices.size())
                .allSatisfy(row -> assertThat(row.differs()).isTrue());
        assertThat(comparison.options()).extracting(row -> row.option().id())
                .containsExactlyInAnyOrderElementsOf(choices.optionIds());
    }

    @Test
    void a_changed_level_is_a_difference_named_by_its_level() {
        var bridge = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "bridge").with("foreign-forces"));
        var fastTrack = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track").with("foreign-forces"));

        var comparison = ScenarioComparison.of(CASE, List.of(bridge, fastTrack));

        var nato = comparison.differencesFirst().getFirst();
        assertThat(nato.option().id()).isEqualTo("nato");
        assertThat(nato.choices()).containsExactly(Optional.of("Bridge toward eventual membership"),
                Optional.of("Fast-track membership"));
        assertThat(comparison.differencesFirst().getLast().differs()).isFalse();
    }

    @Test
    void stakeholders_gain_and_lose_supported_options_between_scenarios() {
        var first = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "bridge"));
        var second = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track").with("europe-steps-up"));

        var comparison = ScenarioComparison.of(CASE, List.of(first, second));

        var nato = row(comparison, "nato");
        var uk = row(comparison, "united-kingdom");
        assertThat(nato.lostIn(1)).containsExactly("nato");
        assertThat(uk.gainedIn(1)).containsExactly("europe-steps-up");
        assertThat(row(comparison, "france").gainedIn(1)).isEmpty();
    }

    @Test
    void only_two_or_three_scenarios_can_be_compared() {
        var one = ScenarioAnalysis.of(CASE, Choices.none());
        assertThatThrownBy(() -> ScenarioComparison.of(CASE, List.of(one))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScenarioComparison.of(CASE, List.of(one, one, one, one)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ScenarioComparison.StakeholderRow row(ScenarioComparison comparison, String stakeholder) {
        return comparison.stakeholders().stream().filter(row -> row.stakeholder().id().equals(stakeholder))
                .findFirst().orElseThrow();
    }
}
