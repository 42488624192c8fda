package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.Test;

class ClassPromptsTest {

    private static final CaseCatalog CATALOG = new CaseCatalog();

    @Test
    void the_prompts_name_the_option_that_split_the_class_and_a_demand_most_left_unmet_with_their_passages() {
        var prompts = ClassPrompts.of(CATALOG.defaultCase(), List.of(
                submission(1, Choices.none().with("nato", "bridge").with("foreign-forces")),
                submission(2, Choices.none().with("nato", "bridge"))));

        assertThat(prompts).extracting(ClassPrompts.Prompt::kind)
                .containsExactly("Most contested option", "A stated demand most left unmet");
        assertThat(prompts.get(0).question()).startsWith("“Foreign forces on Ukrainian soil” split the class: 1 of 2");
        assertThat(prompts.get(1).question()).startsWith("2 of 2 scenarios leave this stated demand unmet: ");
        assertThat(prompts).allSatisfy(prompt -> assertThat(prompt.passageIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(CATALOG.defaultCase().passage(id)).isNotNull()));
    }

    @Test
    void there_are_no_prompts_before_two_students_have_submitted() {
        assertThat(ClassPrompts.of(CATALOG.defaultCase(), List.of(submission(1, Choices.none().with("g7")))))
                .isEmpty();
    }

    private static ClassSubmission submission(long participant, Choices choices) {
        return new ClassSubmission(participant, participant, "Student " + participant, Optional.empty(), 1, true,
                choices, "", Instant.parse("2025-03-11T09:00:00Z"), "");
    }
}
