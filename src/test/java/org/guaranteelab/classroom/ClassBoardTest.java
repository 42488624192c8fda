package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.Test;

class ClassBoardTest {

    private static final CaseCatalog CATALOG = new CaseCatalog();

    @Test
    void options_and_levels_are_counted_across_the_latest_submissions() {
        var board = ClassBoard.of(CATALOG.defaultCase(), List.of(
                submission(1, Choices.none().with("nato", "bridge").with("foreign-forces")),
                submission(2, Choices.none().with("nato", "bridge")),
                submission(3, Choices.none().with("nato", "fast-track"))));

        var nato = board.options().stream().filter(option -> option.option().id().equals("nato")).findFirst().orElseThrow();
        assertThat(board.submitted()).isEqualTo(3);
        assertThat(nato.count()).isEqualTo(3);
        assertThat(nato.levels()).filteredOn(level -> level.level().id().equals("bridge"))
                .singleElement().extracting(ClassBoard.LevelCount::count).isEqualTo(2);
        assertThat(board.options()).filteredOn(option -> option.option().id().equals("foreign-forces"))
                .singleElement().extracting(ClassBoard.OptionCount::count).isEqualTo(1);
    }

    @Test
    void the_heat_map_counts_each_stakeholders_stated_position_on_the_chosen_level() {
        var theCase = CATALOG.defaultCase();
        var stakeholder = theCase.stakeholders().getFirst();
        var board = ClassBoard.of(theCase, List.of(
                submission(1, Choices.none().with("nato", "bridge")),
                submission(2, Choices.none().with("nato", "fast-track"))));

        var row = board.heatMap().stream().filter(heat -> heat.stakeholder().equals(stakeholder)).findFirst().orElseThrow();
        var cell = row.cells().stream().filter(heat -> heat.option().id().equals("nato")).findFirst().orElseThrow();
        var stance = theCase.stance(stakeholder.id(), "nato");
        var expected = new java.util.EnumMap<Position, Integer>(Position.class);
        for (var level : List.of("bridge", "fast-track")) {
            expected.merge(stance.at(level).position(), 1, Integer::sum);
        }
        assertThat(cell.total()).isEqualTo(2);
        expected.forEach((position, count) -> assertThat(cell.count(position)).isEqualTo(count));
        assertThat(row.cells()).filteredOn(heat -> heat.option().id().equals("foreign-forces"))
                .singleElement().extracting(ClassBoard.HeatCell::total).isEqualTo(0);
    }

    @Test
    void the_heat_map_keeps_not_offered_apart_from_opposes() {
        var theCase = CATALOG.defaultCase();
        var board = ClassBoard.of(theCase, List.of(submission(1, Choices.none().with("nato", "fast-track"))));

        var nato = board.heatMap().stream().filter(heat -> heat.stakeholder().id().equals("nato")).findFirst().orElseThrow();
        var cell = nato.cells().stream().filter(heat -> heat.option().id().equals("nato")).findFirst().orElseThrow();
        assertThat(cell.count(Position.NOT_OFFERED)).isEqualTo(1);
        assertThat(cell.count(Position.OPPOSES)).isZero();
        assertThat(cell.dominant()).isEqualTo(Position.NOT_OFFERED);
    }

    @Test
    void the_most_common_combination_comes_first_whatever_order_options_were_chosen_in() {
        var board = ClassBoard.of(CATALOG.defaultCase(), List.of(
                submission(1, Choices.none().with("foreign-forces")),
                submission(2, Choices.none().with("nato", "bridge").with("foreign-forces")),
                submission(3, Choices.none().with("foreign-forces").with("nato", "bridge"))));

        assertThat(board.combinations()).hasSize(2);
        assertThat(board.combinations().getFirst().count()).isEqualTo(2);
        assertThat(board.combinations().getFirst().labels()).hasSize(2).anyMatch(label -> label.contains("Bridge"));
    }

    @Test
    void a_role_card_quotes_the_stakeholder_and_says_where_the_source_is_silent() {
        var theCase = CATALOG.defaultCase();
        for (var stakeholder : theCase.stakeholders()) {
            var card = RoleCard.of(theCase, stakeholder.id()).orElseThrow();
            assertThat(card.lines()).isNotEmpty();
            for (var line : card.lines()) {
                var stance = theCase.stance(stakeholder.id(), line.option().id())
                        .at(line.level().map(level -> level.id()).orElse(null));
                assertThat(line.position()).isEqualTo(stance.position());
                assertThat(line.quotes()).isEqualTo(stance.quotes());
                if (line.position() == Position.NOT_STATED) {
                    assertThat(line.position().label()).isEqualTo("not stated in the source");
                }
            }
        }
        assertThat(RoleCard.of(theCase, "nobody")).isEmpty();
    }

    @Test
    void a_role_card_says_whose_words_each_position_rests_on() {
        var france = RoleCard.of(CATALOG.defaultCase(), "france").orElseThrow();

        assertThat(france.lines()).filteredOn(line -> line.label().equals("NATO path: Bridge toward eventual membership"))
                .singleElement().satisfies(line -> assertThat(line.basis()).isEqualTo(StanceBasis.OWN_WORDS));
        assertThat(france.lines()).filteredOn(line -> line.label().equals("NATO path: Fast-track membership"))
                .singleElement().satisfies(line -> assertThat(line.position()).isEqualTo(Position.NOT_STATED));
    }

    @Test
    void a_garbled_question_heading_is_flagged_as_such() {
        assertThat(DiscussionPrompts.of(CATALOG.defaultCase()))
                .filteredOn(prompt -> prompt.question().contains("some choice security approaches"))
                .singleElement().satisfies(prompt -> assertThat(prompt.sourceNotes()).singleElement().asString()
                        .startsWith("garbled in the source: This heading appears garbled"));
    }

    @Test
    void discussion_prompts_are_the_articles_own_questions_verbatim() {
        var prompts = DiscussionPrompts.of(CATALOG.defaultCase());

        assertThat(prompts).isNotEmpty().allSatisfy(prompt -> assertThat(prompt.question()).endsWith("?")
                .doesNotStartWith("Q&A"));
        var article = CATALOG.defaultCase().source().sections().stream().map(section -> section.heading()).toList();
        assertThat(prompts).allSatisfy(prompt -> assertThat(article).anyMatch(heading -> heading.endsWith(prompt.question())));
    }

    private static ClassSubmission submission(long participant, Choices choices) {
        return new ClassSubmission(participant, participant, "Student " + participant, Optional.empty(), 1, true, choices,
                "", Instant.parse("2025-03-11T09:00:00Z"), "");
    }
}
