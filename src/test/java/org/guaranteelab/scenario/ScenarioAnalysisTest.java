package org.guaranteelab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Demand;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Tension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioAnalysisTest {

    private static final Case CASE = new CaseCatalog().defaultCase();

    static Stream<Long> seeds() {
        return RandomScenarios.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_chosen_option_has_exactly_one_stance_per_stakeholder(long seed) {
        var choices = RandomScenarios.choices(CASE, seed);
        var analysis = ScenarioAnalysis.of(CASE, choices);

        assertThat(analysis.chosen()).as("seed %d: %s", seed, choices).hasSize(choices.size());
        for (var chosen : analysis.chosen()) {
            assertThat(chosen.stances()).as("seed %d, option %s", seed, chosen.option().id())
                    .extracting(stance -> stance.stakeholder().id())
                    .containsExactlyElementsOf(CASE.stakeholders().stream().map(s -> s.id()).toList());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tallies_add_up_to_the_number_of_choices_with_a_bundle_as_one(long seed) {
        var analysis = ScenarioAnalysis.of(CASE, RandomScenarios.choices(CASE, seed));
        var bundlesChosen = analysis.chosen().stream().map(chosen -> CASE.groupOf(chosen.option().id()))
                .filter(group -> group.bundle()).distinct().count();
        var bundlePartsChosen = analysis.chosen().stream()
                .filter(chosen -> CASE.groupOf(chosen.option().id()).bundle()).count();

        assertThat(analysis.tallies()).hasSize(CASE.stakeholders().size());
        analysis.tallies().forEach(tally -> assertThat(tally.total())
                .as("seed %d, %s", seed, tally.stakeholder().id())
                .isEqualTo(analysis.chosen().size() - bundlePartsChosen + bundlesChosen));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_unmet_demand_tension_and_stated_stance_cites_a_quote(long seed) {
        var analysis = ScenarioAnalysis.of(CASE, RandomScenarios.choices(CASE, seed));

        analysis.unmetDemands().forEach(demand -> assertThat(demand.quotes()).as("seed %d, %s", seed, demand.id()).isNotEmpty());
        analysis.tensions().forEach(tension -> assertThat(tension.quotes()).as("seed %d, %s", seed, tension.id()).isNotEmpty());
        analysis.chosen().forEach(chosen -> chosen.stances().forEach(stance -> {
            if (stance.position() == Position.NOT_STATED) {
                assertThat(stance.quotes()).as("seed %d: a silent pair shows no quote", seed).isEmpty();
            } else {
                assertThat(stance.quotes()).as("seed %d: %s on %s", seed, stance.stakeholder().id(),
                        chosen.option().id()).isNotEmpty();
            }
        }));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_demand_is_unmet_exactly_when_no_chosen_option_meets_it(long seed) {
        var choices = RandomScenarios.choices(CASE, seed);
        var analysis = ScenarioAnalysis.of(CASE, choices);

        for (Demand demand : CASE.demands()) {
            var met = demand.metBy().stream().anyMatch(ref -> choices.includes(ref.option())
                    && (ref.level() == null || ref.level().equals(choices.levelOf(ref.option()).orElse(null))));
            assertThat(analysis.unmetDemands().contains(demand)).as("seed %d, %s", seed, demand.id()).isEqualTo(!met);
        }
    }

    @Test
    void an_empty_scenario_chooses_nothing_and_leaves_every_demand_unmet() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none());

        assertThat(analysis.isEmpty()).isTrue();
        assertThat(analysis.tallies()).allSatisfy(tally -> assertThat(tally.total()).isZero());
        assertThat(analysis.unmetDemands()).containsExactlyElementsOf(CASE.demands());
        assertThat(analysis.tensions()).isEmpty();
        assertThat(analysis.purposes()).noneMatch(ScenarioAnalysis.PurposeServed::isServed);
    }

    @Test
    void nato_stance_depends_on_the_chosen_level() {
        var bridge = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "bridge")).chosen("nato").orElseThrow();
        var fastTrack = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track")).chosen("nato").orElseThrow();

        assertThat(bridge.stanceOf("nato").orElseThrow().position()).isEqualTo(Position.OFFERED);
        assertThat(fastTrack.stanceOf("nato").orElseThrow().position()).isEqualTo(Position.NOT_OFFERED);
        assertThat(fastTrack.stanceOf("russia").orElseThrow().position()).isEqualTo(Position.NOT_STATED);
    }

    @Test
    void fast_track_membership_raises_the_tension_the_source_points_to_and_the_bridge_does_not() {
        var fastTrack = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track"));
        var bridge = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "bridge"));

        assertThat(fastTrack.tensions()).extracting(Tension::id).contains("fast-track-without-invitation");
        assertThat(fastTrack.tensions()).allSatisfy(tension -> assertThat(tension.basis()).isNotNull());
        assertThat(bridge.tensions()).isEmpty();
    }

    @Test
    void ukraine_demands_stay_unmet_until_sanctions_are_strengthened_and_assistance_increased() {
        var maintained = ScenarioAnalysis.of(CASE, Choices.none().with("sanctions", "maintained"));
        var both = ScenarioAnalysis.of(CASE, Choices.none().with("sanctions", "strengthened")
                .with("military-technical-assistance"));

        assertThat(maintained.unmetDemands()).extracting(Demand::id)
                .contains("ukraine-stronger-sanctions", "ukraine-more-assistance");
        assertThat(both.unmetDemands()).extracting(Demand::id)
                .doesNotContain("ukraine-stronger-sanctions", "ukraine-more-assistance");
    }

    @Test
    void purposes_show_whether_the_link_is_the_sources_or_our_reading() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none().with("sanctions", "strengthened").with("foreign-forces"));

        var deterrence = analysis.purposes().stream().filter(p -> p.purpose().id().equals("deterrence")).findFirst().orElseThrow();
        assertThat(deterrence.servedBy()).extracting(serving -> serving.option().id() + ":" + serving.link().basis())
                .containsExactlyInAnyOrder("sanctions:" + Basis.SOURCE, "foreign-forces:" + Basis.EDITORIAL);
        assertThat(deterrence.isServedOnSourcesWord()).isTrue();
    }

    @Test
    void level_specific_concerns_follow_the_level() {
        var fastTrack = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track")).chosen("nato").orElseThrow();
        var bridge = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "bridge")).chosen("nato").orElseThrow();

        assertThat(fastTrack.concerns()).allSatisfy(concern -> assertThat(concern.level()).isIn(null, "fast-track"));
        assertThat(bridge.concerns()).allSatisfy(concern -> assertThat(concern.level()).isIn(null, "bridge"));
        assertThat(fastTrack.concerns()).isNotEqualTo(bridge.concerns());
    }

    @Test
    void all_options_chosen_counts_every_option_for_every_stakeholder() {
        var analysis = ScenarioAnalysis.of(CASE, RandomScenarios.everything(CASE));

        assertThat(analysis.chosen()).hasSize(CASE.options().size());
        var ukraine = analysis.tallies().stream().filter(t -> t.stakeholder().id().equals("ukraine")).findFirst().orElseThrow();
        // The four G7 parts, on which Ukraine's position is the same, count as one choice.
        assertThat(Arrays.stream(Position.values()).mapToInt(ukraine::count).sum()).isEqualTo(CASE.options().size() - 3);
        assertThat(ukraine.count(Position.SUPPORTS)).isPositive();
    }

    @Test
    void taking_the_g7_package_whole_counts_once_for_each_stakeholder() {
        var g7 = Choices.none().with("g7-military-aid").with("g7-financial-assistance").with("g7-intelligence-sharing")
                .with("g7-sanctions");

        var tally = ScenarioAnalysis.of(CASE, g7).tallies().stream()
                .filter(each -> each.stakeholder().id().equals("g7")).findFirst().orElseThrow();
        assertThat(tally.count(Position.OFFERED)).isEqualTo(1);
        assertThat(tally.total()).isEqualTo(1);
    }

    @Test
    void tallies_count_not_offered_apart_from_opposes() {
        var tally = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track")).tallies().stream()
                .filter(each -> each.stakeholder().id().equals("nato")).findFirst().orElseThrow();

        assertThat(tally.count(Position.NOT_OFFERED)).isEqualTo(1);
        assertThat(tally.count(Position.OPPOSES)).isZero();
    }

    @Test
    void demands_are_split_into_counted_as_met_and_left_unmet() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none().with("military-technical-assistance"));

        assertThat(analysis.metDemands()).extracting(Demand::id).containsExactly("ukraine-more-assistance");
        assertThat(analysis.unmetDemands()).extracting(Demand::id).doesNotContain("ukraine-more-assistance");
        assertThat(analysis.metDemands().size() + analysis.unmetDemands().size()).isEqualTo(CASE.demands().size());
    }

    @Test
    void choices_naming_an_option_the_case_lacks_are_rejected() {
        assertThatThrownBy(() -> ScenarioAnalysis.of(CASE, Choices.none().with("moon-base")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moon-base");
        assertThatThrownBy(() -> ScenarioAnalysis.of(CASE, Choices.none().with("nato", "tomorrow")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tomorrow");
    }
}
