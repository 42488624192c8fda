package org.guaranteelab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioAddressTest {

    private static final Case CASE = new CaseCatalog().defaultCase();

    static Stream<Long> seeds() {
        return RandomScenarios.seeds();
    }

    @Test
    void the_documented_example_address_restores_its_scenario() {
        var decoded = decode("nato=bridge&sanctions=strengthened&g7");

        assertThat(decoded.ignored()).isEmpty();
        assertThat(decoded.choices()).isEqualTo(Choices.none().with("nato", "bridge").with("sanctions", "strengthened")
                .with("g7-military-aid").with("g7-financial-assistance").with("g7-intelligence-sharing")
                .with("g7-sanctions"));
    }

    @Test
    void a_whole_bundle_is_written_as_its_group_and_a_partial_one_option_by_option() {
        var whole = decode("g7").choices();
        var partial = whole.without("g7-sanctions");

        assertThat(ScenarioAddress.encode(CASE, whole)).isEqualTo("g7");
        assertThat(ScenarioAddress.encode(CASE, partial))
                .isEqualTo("g7-military-aid&g7-financial-assistance&g7-intelligence-sharing");
    }

    @Test
    void options_are_written_in_the_order_of_the_case_whatever_the_order_chosen() {
        var choices = Choices.none().with("us-russia-talks").with("sanctions", "maintained").with("nato", "fast-track");

        assertThat(ScenarioAddress.encode(CASE, choices)).isEqualTo("nato=fast-track&sanctions=maintained&us-russia-talks");
        assertThat(ScenarioAddress.encode(CASE, Choices.none())).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_scenario_survives_a_round_trip_through_its_address(long seed) {
        var choices = RandomScenarios.choices(CASE, seed);

        var decoded = decode(ScenarioAddress.encode(CASE, choices));

        assertThat(decoded.ignored()).as("seed %d", seed).isEmpty();
        assertThat(decoded.choices()).as("seed %d", seed).isEqualTo(choices);
    }

    @Test
    void unknown_parameters_are_ignored_and_named_while_the_rest_is_kept() {
        var decoded = decode("nato=bridge&utm_source=mail&moon-base");

        assertThat(decoded.choices()).isEqualTo(Choices.none().with("nato", "bridge"));
        assertThat(decoded.ignored()).extracting(ScenarioAddress.Ignored::parameter)
                .containsExactlyInAnyOrder("utm_source=mail", "moon-base");
        assertThat(decoded.ignored()).allSatisfy(ignored -> assertThat(ignored.reason()).isNotBlank());
    }

    @Test
    void a_missing_or_unknown_level_is_ignored_with_the_levels_that_would_work() {
        var decoded = decode("nato&sanctions=sideways");

        assertThat(decoded.choices().isEmpty()).isTrue();
        assertThat(decoded.ignored()).extracting(ScenarioAddress.Ignored::reason)
                .containsExactlyInAnyOrder("needs a level; use nato=bridge or nato=fast-track",
                        "unknown level; use sanctions=maintained or sanctions=strengthened");
    }

    @Test
    void a_value_on_an_option_without_levels_is_ignored() {
        var decoded = decode("foreign-forces=yes&g7=all");

        assertThat(decoded.choices().isEmpty()).isTrue();
        assertThat(decoded.ignored()).hasSize(2);
    }

    @Test
    void a_repeated_option_keeps_its_first_value() {
        var decoded = decode("nato=fast-track&nato=bridge");

        assertThat(decoded.choices()).isEqualTo(Choices.none().with("nato", "fast-track"));
        assertThat(decoded.ignored()).extracting(ScenarioAddress.Ignored::parameter).containsExactly("nato=bridge");
    }

    @Test
    void an_overlong_or_control_character_parameter_is_shown_shortened_and_safe() {
        var decoded = ScenarioAddress.decode(CASE, Map.of("x".repeat(5000) + "\n\u0000", List.of("")));

        var shown = decoded.ignored().getFirst().parameter();
        assertThat(shown).hasSizeLessThanOrEqualTo(41).endsWith("…").doesNotContain("\n", "\u0000");
    }

    @Test
    void an_address_with_thousands_of_parameters_is_read_only_up_to_the_limit() {
        var parameters = new LinkedHashMap<String, List<String>>();
        parameters.put("nato", List.of("bridge"));
        for (int i = 0; i < 5000; i++) {
            parameters.put("p" + i, List.of(""));
        }

        var decoded = ScenarioAddress.decode(CASE, parameters);

        assertThat(decoded.choices()).isEqualTo(Choices.none().with("nato", "bridge"));
        assertThat(decoded.ignored()).hasSize(ScenarioAddress.MAX_PARAMETERS);
        assertThat(decoded.ignored().getLast().reason()).contains("more than " + ScenarioAddress.MAX_PARAMETERS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void random_parameters_never_break_decoding(long seed) {
        var random = new Random(seed);
        var parameters = new LinkedHashMap<String, List<String>>();
        var known = new ArrayList<String>();
        CASE.options().forEach(option -> known.add(option.id()));
        known.add("g7");
        for (int i = 0; i < random.nextInt(12); i++) {
            var name = random.nextBoolean() ? known.get(random.nextInt(known.size())) : randomText(random);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(random.nextBoolean() ? "" : randomText(random));
        }

        var decoded = ScenarioAddress.decode(CASE, parameters);

        // Whatever was kept is a scenario the analysis accepts.
        assertThat(ScenarioAnalysis.of(CASE, decoded.choices()).chosen()).as("seed %d", seed)
                .hasSize(decoded.choices().size());
    }

    private static String randomText(Random random) {
        var builder = new StringBuilder();
        for (int i = 0; i < random.nextInt(20); i++) {
            builder.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x2FFF) : 'a' + random.nextInt(26));
        }
        return builder.toString();
    }

    private static ScenarioAddress.Decoded decode(String query) {
        return ScenarioAddress.decode(CASE, query);
    }
}
