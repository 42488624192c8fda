package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String TEXT = "Ada Berg said: “We will support a joint patrol.” Then she left.";

    private static String quote(int first, int last) {
        var words = Words.of(TEXT, new Span(0, TEXT.length()));
        var span = Words.quote(TEXT, words.get(first), words.get(last));
        return TEXT.substring(span.start(), span.end());
    }

    @Test
    void a_quote_runs_from_the_first_chosen_word_to_the_last_in_the_articles_own_characters() {
        assertThat(quote(0, 2)).isEqualTo("Ada Berg said:");
    }

    @Test
    void quotation_marks_at_either_end_are_left_out_because_the_app_adds_its_own() {
        assertThat(quote(3, 8)).isEqualTo("We will support a joint patrol.");
    }

    @Test
    void words_chosen_last_word_first_give_the_same_quote() {
        assertThat(quote(8, 3)).isEqualTo(quote(3, 8));
    }

    @Test
    void a_selection_offset_is_mapped_to_the_word_it_falls_in() {
        var words = Words.of(TEXT, new Span(0, TEXT.length()));

        assertThat(Words.at(words, TEXT.indexOf("erg"))).isEqualTo(1);
        assertThat(Words.at(words, TEXT.indexOf(" Then"))).isEqualTo(9);
    }
}
