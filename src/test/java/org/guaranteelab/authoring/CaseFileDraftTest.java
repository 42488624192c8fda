package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.catalog.CaseFiles;
import org.guaranteelab.catalog.Position;
import org.junit.jupiter.api.Test;

class CaseFileDraftTest {

    private static final String CASE_ID = "case-abcdefghijklmn";

    @Test
    void each_quote_becomes_the_span_of_the_article_that_holds_its_words_whitespace_aside() {
        var imported = CaseFileDraft.of(CASE_ID, CaseFiles.loaded());
        var draft = imported.draft();

        var stance = draft.stances().stream().filter(s -> s.isFor("alpha", "plan", null)).findFirst().orElseThrow();
        var quote = stance.quotes().getFirst();
        assertThat(draft.article().text().substring(quote.start(), quote.end()))
                .isEqualTo("Alpha says yes to the plan.   Beta\tstays silent.");
        assertThat(stance.speaker()).isEqualTo("al");
        assertThat(stance.allLevels()).isEqualTo("Al says yes to the plan whatever its size.");
        assertThat(draft.stances()).filteredOn(s -> s.isFor("beta", "plan", "big")).singleElement()
                .extracting(DraftStance::position).isEqualTo(Position.OPPOSES);
        assertThat(draft.article().passages()).hasSize(2);
    }

    @Test
    void a_quote_the_draft_could_only_show_as_the_articles_own_words_is_left_out_and_named() {
        var imported = CaseFileDraft.of(CASE_ID, CaseFiles.loaded());

        assertThat(imported.draft().demands()).isEmpty();
        assertThat(imported.notCarriedOver())
                .contains("In the demand “Alpha wants the plan.”, the quote “Alpha says yes to the plan.” (Al, spokesperson "
                        + "— Alpha): the editor keeps these quotes as the article's own words, so it cannot say who speaks it.",
                        "The demand “Alpha wants the plan.”: none of its quotes could be kept, so it is left out.");
    }

    @Test
    void the_draft_made_from_a_file_is_a_sound_case_by_itself() {
        var imported = CaseFileDraft.of(CASE_ID, CaseFiles.loaded());

        assertThat(DraftReview.of(imported.draft()).problems()).isEmpty();
        assertThat(imported.notCarriedOver()).anyMatch(line -> line.startsWith("The case's name “A minimal case”"))
                .anyMatch(line -> line.startsWith("The section headings “The only section”"))
                .anyMatch(line -> line.startsWith("The option groups “Plans”"));
    }

    @Test
    void a_link_to_a_purpose_left_out_goes_with_it_so_the_draft_stays_sound() {
        var theCase = CaseFiles.loadedWithEvery("quote: {passage: p2, text: \"Peace is the purpose.\"}",
                "quote: {passage: p2, speaker: al, text: \"Peace is the purpose.\"}");

        var imported = CaseFileDraft.of(CASE_ID, theCase);

        assertThat(imported.draft().purposes()).isEmpty();
        assertThat(imported.draft().links()).isEmpty();
        assertThat(imported.notCarriedOver()).contains("The purpose “Peace”: its quote could not be kept, so it is left out.",
                "The link of talks to peace: its purpose is left out, so it is too.");
        assertThat(DraftReview.of(imported.draft()).problems()).isEmpty();
    }
}
