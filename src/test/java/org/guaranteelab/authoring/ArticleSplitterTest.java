package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

    private static List<String> passages(String text) {
        return ArticleSplitter.split(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void each_paragraph_is_a_passage_and_blank_lines_and_surrounding_spaces_are_left_out() {
        assertThat(passages("  First paragraph.\n\n\tSecond one.  \n   \nThird."))
                .containsExactly("First paragraph.", "Second one.", "Third.");
    }

    @Test
    void a_long_paragraph_is_cut_after_a_sentence_and_no_character_is_lost_or_changed() {
        var sentence = "Officials met again on Tuesday to discuss the plan in some detail. ";
        var paragraph = sentence.repeat(30).strip();

        var passages = passages(paragraph);

        assertThat(passages).hasSizeGreaterThan(1)
                .allSatisfy(passage -> assertThat(passage).hasSizeLessThanOrEqualTo(ArticleSplitter.LONG).endsWith("."));
        assertThat(String.join(" ", passages)).isEqualTo(paragraph);
    }

    @Test
    void a_100_kb_single_line_without_sentences_or_spaces_is_still_cut_into_bounded_passages() {
        var line = "x".repeat(Article.TEXT_LENGTH);

        var spans = ArticleSplitter.split(line);

        assertThat(spans).allSatisfy(span -> assertThat(span.length()).isLessThanOrEqualTo(ArticleSplitter.LONG));
        assertThat(spans.getFirst().start()).isZero();
        assertThat(spans.getLast().end()).isEqualTo(line.length());
    }

    @Test
    void merging_two_passages_and_splitting_them_again_gives_the_original_passages() {
        var article = Article.of("T", "as of today", null, null, null, "One two three.\nFour five six.");

        var merged = article.mergeWithNext(0);
        var split = merged.splitPassage(0, "One two three.\n".length());

        assertThat(merged.passages()).hasSize(1);
        assertThat(merged.passageText(0)).isEqualTo("One two three.\nFour five six.");
        assertThat(split.passages()).isEqualTo(article.passages());
        assertThat(split.text()).isEqualTo(article.text());
    }

    @Test
    void a_split_at_the_edge_of_a_passage_leaves_it_whole() {
        var article = Article.of("T", "as of today", null, null, null, "One two three.");

        assertThat(article.splitPassage(0, 0).passages()).isEqualTo(article.passages());
        assertThat(article.splitPassage(0, 14).passages()).isEqualTo(article.passages());
    }
}
