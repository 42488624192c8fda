package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.OptionRef;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.junit.jupiter.api.Test;

/** The edits an author makes step by step, each checked before it is stored (fictional article). */
class DraftTest {

    private static final Span ADA = DraftReviewTest.span("We will support a joint patrol of the river.");
    private static final Span TROOPS = DraftReviewTest.span("Osterholm has not offered any troops");

    /** The test draft with a third option that has levels. */
    private static Draft draft() {
        var options = new java.util.ArrayList<>(DraftReviewTest.draft().options());
        options.add(new DraftOption("hours", "Patrol hours", "When patrols run.", null, List.of(
                new DraftOption.Level("day", "By day", "Only by day."),
                new DraftOption.Level("always", "Always", "Day and night."))));
        return DraftReviewTest.draft().withOptions(options);
    }

    private static List<String> refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable edit) {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(DraftRefusedException.class, edit);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    @Test
    void a_demand_met_by_several_options_is_written_with_each_and_passes_the_loader() {
        var draft = draft().addDemand("nordmark", "A patrol, or troops.", List.of(new OptionRef("patrol", null),
                new OptionRef("troops", null), new OptionRef("hours", "always")), ADA, "Any of them guards the river.");

        assertThat(draft.demands()).singleElement().satisfies(demand -> assertThat(demand.metBy()).hasSize(3));
        assertThat(DraftReview.of(draft).problems()).isEmpty();
        assertThat(DraftCaseFile.of(draft)).contains("option: \"patrol\"", "option: \"troops\"", "level: \"always\"");
    }

    @Test
    void a_demand_naming_an_unknown_option_or_level_is_refused_with_each_named_and_the_draft_unchanged() {
        var draft = draft();

        var problems = refusal(() -> draft.addDemand("nordmark", "A fleet.", List.of(new OptionRef("fleet", null),
                new OptionRef("hours", "night")), ADA, "A fleet would do."));

        assertThat(problems).containsExactly("There is no option 'fleet' in this case any more.",
                "Patrol hours has no level 'night'.");
        assertThat(draft.demands()).isEmpty();
    }

    @Test
    void a_demand_naming_a_choice_twice_or_a_level_its_any_level_choice_covers_is_refused() {
        assertThat(refusal(() -> draft().addDemand("nordmark", "A patrol.", List.of(new OptionRef("patrol", null),
                new OptionRef("patrol", null)), ADA, "The patrol."))).containsExactly("Joint river patrol is chosen twice.");
        assertThat(refusal(() -> draft().addDemand("nordmark", "Patrols.", List.of(new OptionRef("hours", null),
                new OptionRef("hours", "day")), ADA, "Patrols.")))
                .containsExactly("Patrol hours at any level already covers Patrol hours at By day: choose one of them.");
    }

    @Test
    void a_demand_without_options_stakeholder_text_or_reason_is_refused_naming_each() {
        assertThat(refusal(() -> draft().addDemand("nobody", " ", List.of(), ADA, "")))
                .containsExactly("Choose at least one option that meets the demand.",
                        "There is no stakeholder 'nobody' in this case any more.", "Write the demand down, in your words.",
                        "Which options meet a demand is our reading: give a one-line reason.");
    }

    @Test
    void a_demand_can_be_met_by_one_option_at_two_of_its_levels() {
        var draft = draft().addDemand("nordmark", "Patrols.", List.of(new OptionRef("hours", "day"),
                new OptionRef("hours", "always")), ADA, "Either patrol hours will do.");

        assertThat(DraftReview.of(draft).problems()).isEmpty();
    }

    @Test
    void a_tension_among_three_options_applies_to_all_of_them_and_passes_the_loader() {
        var draft = draft().addTension(Basis.EDITORIAL, "Patrols need troops at all hours.", List.of(
                new OptionRef("patrol", null), new OptionRef("troops", null), new OptionRef("hours", "always")),
                TROOPS, "We put the statements together.");

        assertThat(draft.tensions()).singleElement().satisfies(tension -> assertThat(tension.when()).extracting(OptionRef::option)
                .containsExactly("patrol", "troops", "hours"));
        assertThat(DraftReview.of(draft).problems()).isEmpty();
        assertThat(draft.withoutOption("troops").tensions()).as("a tension without one of its options would say more").isEmpty();
    }

    @Test
    void a_tension_on_one_option_is_allowed_as_in_the_bundled_case() {
        var draft = draft().addTension(Basis.SOURCE, "Troops are not offered.", List.of(new OptionRef("troops", null)),
                TROOPS, "ignored on the article's word");

        assertThat(draft.tensions().getFirst().note()).isNull();
        assertThat(DraftReview.of(draft).problems()).isEmpty();
    }

    @Test
    void a_tension_naming_one_option_twice_or_none_or_on_our_reading_without_a_reason_is_refused() {
        assertThat(refusal(() -> draft().addTension(Basis.SOURCE, "Both hours.", List.of(new OptionRef("hours", "day"),
                new OptionRef("hours", "always")), TROOPS, null))).containsExactly("Patrol hours is chosen more than once; "
                + "a scenario takes an option at one level only, so a tension names each option once.");
        assertThat(refusal(() -> draft().addTension(Basis.EDITORIAL, "Nothing.", List.of(), TROOPS, " ")))
                .containsExactly("Choose the options the tension is about: it applies when all of them are chosen.",
                        "A tension on our reading needs a one-line reason.");
    }

    @Test
    void a_restated_stance_keeps_its_quotes_and_takes_the_new_position_basis_and_speaker() {
        var draft = draft().attach("osterholm", "troops", null, Position.NOT_OFFERED, StanceBasis.REPORTED, null, TROOPS, null);

        var restated = draft.restateStance("osterholm", "troops", null, new DraftStance.Wording(Position.OPPOSES,
                StanceBasis.OWN_WORDS, "Ida Holm", "mayor", null, null));

        var stance = restated.stances().getFirst();
        assertThat(stance.position()).isEqualTo(Position.OPPOSES);
        assertThat(stance.basis()).isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(stance.quotes()).containsExactly(TROOPS);
        assertThat(restated.stakeholders().get(1).people()).containsExactly(new Speaker(stance.speaker(), "Ida Holm", "mayor"));
    }

    @Test
    void a_restated_speakers_role_is_theirs_wherever_they_are_quoted_and_reported_words_have_no_speaker() {
        var draft = draft().attach("nordmark", "patrol", null, Position.SUPPORTS, StanceBasis.OWN_WORDS, "ada-berg", ADA, null);

        var retitled = draft.restateStance("nordmark", "patrol", null, new DraftStance.Wording(Position.SUPPORTS,
                StanceBasis.OWN_WORDS, "Ada Berg", "chief envoy", null, null));
        var reported = draft.restateStance("nordmark", "patrol", null, new DraftStance.Wording(Position.SUPPORTS,
                StanceBasis.REPORTED, "Ada Berg", "envoy", null, null));

        assertThat(retitled.stakeholders().getFirst().people()).containsExactly(new Speaker("ada-berg", "Ada Berg", "chief envoy"));
        assertThat(retitled.stances().getFirst().speaker()).isEqualTo("ada-berg");
        assertThat(reported.stances().getFirst().speaker()).isNull();
    }

    @Test
    void a_stance_moves_to_another_level_unless_one_is_there_already() {
        var draft = draft().attach("nordmark", "hours", "day", Position.SUPPORTS, StanceBasis.REPORTED, null, ADA, null);

        var moved = draft.restateStance("nordmark", "hours", "day", new DraftStance.Wording(Position.SUPPORTS,
                StanceBasis.REPORTED, null, null, null, "The envoy names no hours."));
        assertThat(moved.stances()).singleElement().satisfies(stance -> {
            assertThat(stance.level()).isNull();
            assertThat(stance.allLevels()).isEqualTo("The envoy names no hours.");
        });

        var both = draft.attach("nordmark", "hours", "always", Position.POSSIBLE, StanceBasis.REPORTED, null, TROOPS, null);
        assertThat(refusal(() -> both.restateStance("nordmark", "hours", "day", new DraftStance.Wording(Position.SUPPORTS,
                StanceBasis.REPORTED, null, null, "always", null)))).containsExactly("There is already a stance at "
                + "Patrol hours at Always for this stakeholder: remove it first, or attach these quotes to it.");
    }

    @Test
    void a_stance_restated_as_not_stated_in_own_words_without_a_speaker_or_at_an_unknown_level_is_refused() {
        var draft = draft().attach("nordmark", "hours", "day", Position.SUPPORTS, StanceBasis.REPORTED, null, ADA, null);

        assertThat(refusal(() -> draft.restateStance("nordmark", "hours", "day", new DraftStance.Wording(Position.NOT_STATED,
                StanceBasis.OWN_WORDS, " ", null, "night", null)))).containsExactly(
                "Choose the position the quotes state; to leave the pair not stated, remove the stance.",
                "Name the person whose own words these are.", "Patrol hours has no level 'night'.");
    }

    @Test
    void a_concern_a_demands_reason_and_a_tensions_basis_are_restated_in_place() {
        var draft = draft()
                .withConcerns(List.of(new DraftConcern("troops", null, null, "Few troops.", List.of(TROOPS)),
                        new DraftConcern("patrol", null, null, "A patrol is slow.", List.of(ADA))))
                .addDemand("nordmark", "A patrol.", List.of(new OptionRef("patrol", null)), ADA, "The patrol.")
                .addTension(Basis.SOURCE, "No troops.", List.of(new OptionRef("troops", null)), TROOPS, null);
        var demandId = draft.demands().getFirst().id();
        var tensionId = draft.tensions().getFirst().id();

        var restated = draft.restateConcern(draft.concerns().getFirst(), "No troops are offered.")
                .restateDemand(demandId, "Only the patrol is asked for.")
                .restateTension(tensionId, Basis.EDITORIAL, "We read it so.");

        assertThat(restated.concerns()).extracting(DraftConcern::text).containsExactly("No troops are offered.", "A patrol is slow.");
        assertThat(restated.concerns().getFirst().quotes()).containsExactly(TROOPS);
        assertThat(restated.demands().getFirst().note()).isEqualTo("Only the patrol is asked for.");
        assertThat(restated.demands().getFirst().metBy()).containsExactly(new OptionRef("patrol", null));
        assertThat(restated.tensions().getFirst()).satisfies(tension -> {
            assertThat(tension.basis()).isEqualTo(Basis.EDITORIAL);
            assertThat(tension.note()).isEqualTo("We read it so.");
            assertThat(tension.quotes()).containsExactly(TROOPS);
        });
        assertThat(refusal(() -> restated.restateDemand(demandId, " ")))
                .containsExactly("Which options meet a demand is our reading: give a one-line reason.");
        assertThat(refusal(() -> restated.restateConcern(restated.concerns().getFirst(), "")))
                .containsExactly("Write the concern down, in your words.");
        assertThat(refusal(() -> restated.restateTension(tensionId, Basis.EDITORIAL, null)))
                .containsExactly("A tension on our reading needs a one-line reason.");
    }

    @Test
    void restating_what_is_no_longer_in_the_draft_is_refused_with_a_reload_hint() {
        var concern = new DraftConcern("troops", null, null, "Few troops.", List.of(TROOPS));

        assertThatThrownBy(() -> draft().restateConcern(concern, "Other words.")).isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("no longer in the draft").hasMessageContaining("Reload the page");
        assertThatThrownBy(() -> draft().restateStance("nordmark", "patrol", null, new DraftStance.Wording(Position.SUPPORTS,
                StanceBasis.REPORTED, null, null, null, null))).isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("This stance is no longer in the draft");
    }
}
