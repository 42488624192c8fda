package org.guaranteelab.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.OptionRef;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.SourceIssue;
import org.guaranteelab.catalog.StanceBasis;
import org.junit.jupiter.api.Test;

/** A fictional article, written for these tests. */
class DraftReviewTest {

    static final String TEXT = """
            The Republic of Nordmark and the Free City of Osterholm met in Valdby on Monday.
            Nordmark's envoy, Ada Berg, said: "We will support a joint patrol of the river."
            Osterholm has not offered any troops, the article's sources say.""";

    static Draft draft() {
        var article = Article.of("Talks in Valdby (fictional)", "as of May 1, 2031", "The Test Gazette", null, null, TEXT);
        return Draft.of("case-test00000000000", article)
                .withStakeholders(List.of(
                        new DraftStakeholder("nordmark", "Nordmark", null, List.of(new Speaker("ada-berg", "Ada Berg", "envoy"))),
                        new DraftStakeholder("osterholm", "Osterholm", null, List.of())))
                .withOptions(List.of(
                        new DraftOption("patrol", "Joint river patrol", "Both patrol the river together.", null, List.of()),
                        new DraftOption("troops", "Troops", "Soldiers on the ground.", null, List.of())));
    }

    static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void a_draft_whose_pairs_are_all_left_alone_is_a_sound_case_with_nothing_stated() {
        var review = DraftReview.of(draft());

        assertThat(review.problems()).isEmpty();
        assertThat(review.stated()).isEmpty();
        assertThat(review.pairs()).isEqualTo(4);
    }

    @Test
    void an_attached_quote_is_written_verbatim_into_the_passage_that_holds_it_and_the_pair_counts_as_stated() {
        var draft = draft().attach("nordmark", "patrol", null, Position.SUPPORTS, StanceBasis.OWN_WORDS, "ada-berg",
                span("We will support a joint patrol of the river."), null);

        var review = DraftReview.of(draft);

        assertThat(review.problems()).isEmpty();
        assertThat(review.isStated("nordmark", "patrol")).isTrue();
        assertThat(review.isStated("osterholm", "patrol")).isFalse();
        assertThat(DraftCaseFile.of(draft))
                .contains("passage: \"p2\"", "speaker: \"ada-berg\"", "text: \"We will support a joint patrol of the river.\"");
    }

    @Test
    void a_demand_is_written_with_its_quote_and_reason_and_one_met_by_an_unknown_option_gets_the_loaders_message() {
        var sound = new DraftDemand("patrol-now", "nordmark", "A joint patrol.", List.of(new OptionRef("patrol", null)),
                List.of(span("We will support a joint patrol of the river.")), "The patrol is what is demanded.");
        var unknown = new DraftDemand("fleet-now", "nordmark", "A fleet.", List.of(new OptionRef("fleet", null)),
                List.of(span("We will support a joint patrol of the river.")), "A fleet would do.");

        assertThat(DraftReview.of(draft().withDemands(List.of(sound))).problems()).isEmpty();
        assertThat(DraftCaseFile.of(draft().withDemands(List.of(sound))))
                .contains("id: \"patrol-now\"", "note: \"The patrol is what is demanded.\"");
        assertThat(DraftReview.of(draft().withDemands(List.of(unknown))).problems())
                .anySatisfy(problem -> assertThat(problem).contains("demands[fleet-now]"));
    }

    @Test
    void a_tension_on_our_reading_without_a_reason_gets_the_loaders_message_and_goes_with_its_option() {
        var tension = new DraftTension("patrol-without-troops", Basis.EDITORIAL, "A patrol needs troops.",
                List.of(new OptionRef("patrol", null), new OptionRef("troops", null)),
                List.of(span("Osterholm has not offered any troops")), null);

        assertThat(DraftReview.of(draft().withTensions(List.of(tension))).problems())
                .anySatisfy(problem -> assertThat(problem).contains("tensions[patrol-without-troops]"));
        assertThat(DraftCaseFile.of(draft().withTensions(List.of(tension)))).contains("basis: \"editorial\"");
        assertThat(draft().withTensions(List.of(tension)).withoutOption("troops").tensions()).isEmpty();
    }

    @Test
    void a_flag_on_the_source_is_written_with_its_passage_and_excerpt_and_passes_the_loader() {
        var flag = new DraftSourceIssue("ambiguous-1", SourceIssue.Kind.AMBIGUOUS, span("the article's sources"),
                "Which sources is not said.");

        assertThat(DraftReview.of(draft().withSourceIssues(List.of(flag))).problems()).isEmpty();
        assertThat(DraftCaseFile.of(draft().withSourceIssues(List.of(flag))))
                .contains("kind: \"ambiguous\"", "passage: \"p3\"", "excerpt: \"the article's sources\"");
    }

    @Test
    void removing_the_only_option_that_meets_a_demand_removes_the_demand() {
        var demand = new DraftDemand("patrol-now", "nordmark", "A joint patrol.", List.of(new OptionRef("patrol", null)),
                List.of(span("We will support a joint patrol of the river.")), "The patrol is what is demanded.");

        assertThat(draft().withDemands(List.of(demand)).withoutOption("patrol").demands()).isEmpty();
        assertThat(draft().withDemands(List.of(demand)).withoutStakeholder("nordmark").demands()).isEmpty();
    }

    @Test
    void a_quote_that_keeps_the_sources_quotation_mark_gets_the_loaders_message() {
        var draft = draft().attach("nordmark", "patrol", null, Position.SUPPORTS, StanceBasis.OWN_WORDS, "ada-berg",
                span("\"We will support a joint patrol"), null);

        assertThat(DraftReview.of(draft).problems()).singleElement().asString()
                .contains("begins or ends with a quotation mark");
    }

    @Test
    void own_words_spoken_by_another_stakeholders_person_get_the_loaders_message() {
        var draft = draft().attach("osterholm", "patrol", null, Position.SUPPORTS, StanceBasis.OWN_WORDS, "ada-berg",
                span("We will support a joint patrol"), null);

        assertThat(DraftReview.of(draft).problems())
                .anySatisfy(problem -> assertThat(problem).contains("is spoken by Ada Berg of 'nordmark'"));
    }

    @Test
    void a_quote_across_two_passages_is_refused_by_the_loader_as_pointing_to_no_passage() {
        var draft = draft().attach("osterholm", "troops", null, Position.NOT_OFFERED, StanceBasis.REPORTED, null,
                span("river.\"\nOsterholm has not offered"), null);

        assertThat(DraftReview.of(draft).problems())
                .anySatisfy(problem -> assertThat(problem).contains("which does not exist"));
    }

    @Test
    void an_option_with_levels_left_alone_is_not_stated_at_each_level_and_one_level_can_be_stated() {
        var draft = draft().withOptions(List.of(new DraftOption("patrol", "Patrol", "Patrols.", null, List.of(
                new DraftOption.Level("day", "By day", "Only by day."),
                new DraftOption.Level("always", "Always", "Day and night.")))));

        var stated = draft.attach("nordmark", "patrol", "always", Position.SUPPORTS, StanceBasis.OWN_WORDS, "ada-berg",
                span("We will support a joint patrol of the river."), null);

        assertThat(DraftReview.of(draft).problems()).isEmpty();
        assertThat(DraftReview.of(stated).problems()).isEmpty();
        assertThat(DraftReview.of(stated).isStated("nordmark", "patrol")).isTrue();
    }

    @Test
    void a_single_level_gets_the_loaders_message() {
        var draft = draft().withOptions(List.of(new DraftOption("patrol", "Patrol", "Patrols.", null, List.of(
                new DraftOption.Level("day", "By day", "Only by day.")))));

        assertThat(DraftReview.of(draft).problems())
                .contains("options[patrol]: has a single level; use none or at least two");
    }

    @Test
    void a_draft_with_no_stakeholders_names_what_is_missing() {
        var draft = draft().withStakeholders(List.of());

        assertThat(DraftReview.of(draft).problems()).contains("stakeholders: none defined");
    }

    @Test
    void the_review_on_a_long_article_names_exactly_the_problems_the_loader_finds_in_the_whole_case_file() {
        var text = ArticleSplitBenchmark.article();
        var article = Article.of("Talks in Valdby (fictional)", "as of May 1, 2031", null, null, null, text);
        int inside = text.indexOf("a joint patrol", 20_000);
        int across = text.indexOf("\n", 50_000) - 10;
        var draft = Draft.of("case-test00000000000", article)
                .withStakeholders(List.of(new DraftStakeholder("nordmark", "Nordmark", null, List.of())))
                .withOptions(List.of(new DraftOption("patrol", "Joint patrol", "Both patrol the river.", null, List.of())))
                .attach("nordmark", "patrol", null, Position.POSSIBLE, StanceBasis.OWN_WORDS, "nobody",
                        new Span(inside, inside + 14), null)
                .withPurposes(List.of(new DraftPurpose("peace", "Peace", new Span(across, across + 20))));
        List<String> whole;
        try {
            org.guaranteelab.catalog.CaseFileFormat.read(draft.caseId() + ".yaml", DraftCaseFile.of(draft));
            whole = List.of();
        } catch (org.guaranteelab.catalog.InvalidCaseFileException e) {
            whole = e.problems();
        }

        assertThat(whole).hasSizeGreaterThanOrEqualTo(2);
        assertThat(DraftReview.of(draft).problems()).containsExactlyElementsOf(whole);
    }
}
