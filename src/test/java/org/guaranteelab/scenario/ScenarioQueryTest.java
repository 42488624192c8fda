package org.guaranteelab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ScenarioQueryTest {

    @Test
    void a_real_address_is_read_name_by_name_in_its_order() {
        var parsed = ScenarioQuery.parse("?nato=bridge&g7&sanctions=strengthened");

        assertThat(parsed).isEqualTo(new ScenarioQuery.Read(Map.of("nato", List.of("bridge"), "g7", List.of(""),
                "sanctions", List.of("strengthened"))));
        assertThat(((ScenarioQuery.Read) parsed).parameters().keySet()).containsExactly("nato", "g7", "sanctions");
    }

    @Test
    void escapes_plus_signs_and_utf8_are_decoded_and_empty_parts_skipped() {
        var parsed = (ScenarioQuery.Read) ScenarioQuery.parse("na%74o=a+b&&%C3%A9t%C3%A9=%E2%82%AC&caf\u00e9&=x");

        assertThat(parsed.parameters()).containsExactly(Map.entry("nato", List.of("a b")),
                Map.entry("été", List.of("€")), Map.entry("café", List.of("")), Map.entry("", List.of("x")));
    }

    @Test
    void null_and_empty_are_the_empty_scenario() {
        assertThat(ScenarioQuery.parse(null)).isEqualTo(new ScenarioQuery.Read(Map.of()));
        assertThat(ScenarioQuery.parse("")).isEqualTo(new ScenarioQuery.Read(Map.of()));
        assertThat(ScenarioQuery.parse("?")).isEqualTo(new ScenarioQuery.Read(Map.of()));
    }

    @Test
    void a_malformed_escape_is_refused_with_the_reason() {
        for (var query : List.of("nato=%zz", "nato=%", "nato=%4", "%%%", "g7&x=%G1")) {
            assertThat(ScenarioQuery.parse(query)).as(query).isInstanceOfSatisfying(ScenarioQuery.Refused.class,
                    refused -> assertThat(refused.reason()).contains("two hexadecimal digits"));
        }
    }

    @Test
    void an_address_over_the_length_limit_is_refused_before_it_is_read() {
        var longest = "x=" + "a".repeat(ScenarioQuery.MAX_LENGTH - 2);

        assertThat(ScenarioQuery.parse(longest)).isInstanceOf(ScenarioQuery.Read.class);
        assertThat(ScenarioQuery.parse(longest + "a")).isInstanceOfSatisfying(ScenarioQuery.Refused.class,
                refused -> assertThat(refused.reason()).contains("4097 characters", "at most 4096"));
    }

    @Test
    void more_parameters_than_a_scenario_has_are_refused() {
        var numbered = new StringBuilder();
        for (int i = 0; i <= ScenarioQuery.MAX_PARAMETERS; i++) {
            numbered.append(i == 0 ? "" : "&").append("p").append(i);
        }

        assertThat(ScenarioQuery.parse(numbered.substring(0, numbered.lastIndexOf("&"))))
                .isInstanceOf(ScenarioQuery.Read.class);
        assertThat(ScenarioQuery.parse(numbered.toString())).isInstanceOfSatisfying(ScenarioQuery.Refused.class,
                refused -> assertThat(refused.reason()).contains("65 parameters", "at most 64"));
    }

    @Test
    void a_name_repeated_more_than_a_few_times_is_refused() {
        assertThat(ScenarioQuery.parse("nato=a&nato=b&nato=c&nato=d")).isInstanceOf(ScenarioQuery.Read.class);
        assertThat(ScenarioQuery.parse("nato=a&nato=b&nato=c&nato=d&nato=e"))
                .isInstanceOfSatisfying(ScenarioQuery.Refused.class,
                        refused -> assertThat(refused.reason()).contains("“nato” is given more than 4 times"));
    }

    /** The input of the attack in issue #22: Vaadin's parser took minutes over it. */
    @Test
    void a_megabyte_of_repeated_names_is_refused_without_reading_it() {
        var attack = "a&".repeat(500_000);

        // A guard against a quadratic parser coming back, not a measurement (that is in docs/reliability.md).
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(ScenarioQuery.parse(attack)).isInstanceOf(ScenarioQuery.Refused.class));
    }
}
