package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DraftLimitsTest {

    @Test
    void a_fictional_draft_is_within_every_limit() {
        assertThat(DraftLimits.problems(DraftReviewTest.draft())).isEmpty();
    }

    @Test
    void a_twenty_first_stakeholder_is_refused_with_the_limit_named() {
        var many = IntStream.range(0, DraftStakeholder.LIMIT + 1)
                .mapToObj(i -> new DraftStakeholder("s" + i, "S" + i, null, List.<Speaker>of())).toList();

        assertThat(DraftLimits.problems(DraftReviewTest.draft().withStakeholders(many)))
                .containsExactly("A case can have at most 20 stakeholders; this one has 21.");
    }

    @Test
    void a_thirty_first_option_is_refused_with_the_limit_named() {
        var many = IntStream.range(0, DraftOption.LIMIT + 1)
                .mapToObj(i -> new DraftOption("o" + i, "O" + i, "D", null, List.<DraftOption.Level>of())).toList();

        assertThat(DraftLimits.problems(DraftReviewTest.draft().withOptions(many)))
                .containsExactly("A case can have at most 30 options; this one has 31.");
    }

    @Test
    void a_direction_control_in_a_name_is_refused_and_named() {
        var draft = DraftReviewTest.draft().withStakeholders(List.of(
                new DraftStakeholder("nordmark", "Nord\u202Emark", null, List.of())));

        assertThat(DraftLimits.problems(draft)).singleElement().asString()
                .startsWith("A stakeholder's name holds").contains("U+202E");
    }

    @Test
    void a_100_kb_single_line_in_a_one_line_field_is_refused_with_its_length() {
        var draft = DraftReviewTest.draft().withStakeholders(List.of(
                new DraftStakeholder("nordmark", "n".repeat(Article.TEXT_LENGTH), null, List.of())));

        assertThat(DraftLimits.problems(draft))
                .containsExactly("A stakeholder's name is 100000 characters long; at most 120 fit.");
    }

    @Test
    void an_article_over_100_kb_is_refused() {
        var article = Article.of("T", "as of today", null, null, null, "a ".repeat(Article.TEXT_LENGTH / 2 + 1));

        assertThat(DraftLimits.problems(DraftReviewTest.draft().withArticle(article)))
                .anySatisfy(problem -> assertThat(problem).startsWith("The article is 100002 characters long"));
    }

    @Test
    void a_tension_naming_more_options_than_the_limit_is_refused_with_the_limit_named() {
        var when = IntStream.range(0, DraftTension.WHEN + 1)
                .mapToObj(i -> new org.guaranteelab.catalog.OptionRef("o" + i, null)).toList();
        var tension = new DraftTension("t", org.guaranteelab.catalog.Basis.SOURCE, "T", when, List.of(), null);

        assertThat(DraftLimits.problems(DraftReviewTest.draft().withTensions(List.of(tension))))
                .containsExactly("A case can have at most 10 options in one tension; this one has 11.");
    }
}
