package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guaranteelab.catalog.CaseSource.Passage;
import org.junit.jupiter.api.Test;

/**
 * The shipped case, checked from the outside: against the article it quotes and against the ids
 * the product relies on. Deliberately independent of the loader's own checks, so that a loader
 * that stops checking something does not take the evidence with it.
 */
class UkraineCaseTest {

    /** CI checks the shared folder out beside the clone; the test runs in the clone's root. */
    private static final Path ARTICLE = Path.of("..", "shared", "source", "security-guarantees-article.txt");

    private static final Case CASE = new CaseCatalog().defaultCase();

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<Passage> passages() {
        return CASE.source().sections().stream().flatMap(section -> section.passages().stream()).toList();
    }

    /** Every quote in the case, with the kind and name of the entry it belongs to. */
    private static List<Cited> quotes() {
        var cited = new ArrayList<Cited>();
        for (var stance : CASE.stances()) {
            var entry = stance.stakeholder() + " × " + stance.option();
            stance.quotes().forEach(quote -> cited.add(new Cited("stance", entry, quote)));
            stance.levels().forEach((level, at) -> at.quotes().forEach(quote ->
                    cited.add(new Cited("stance at a level", entry + " at " + level, quote))));
        }
        CASE.concerns().forEach(concern -> concern.quotes().forEach(quote ->
                cited.add(new Cited("concern", concern.option(), quote))));
        CASE.purposes().forEach(purpose -> cited.add(new Cited("purpose", purpose.id(), purpose.quote())));
        CASE.purposeLinks().forEach(link ->
                cited.add(new Cited("purpose link", link.option() + " → " + link.purpose(), link.quote())));
        CASE.demands().forEach(demand -> demand.quotes().forEach(quote ->
                cited.add(new Cited("demand", demand.id(), quote))));
        CASE.tensions().forEach(tension -> tension.quotes().forEach(quote ->
                cited.add(new Cited("tension", tension.id(), quote))));
        return cited;
    }

    private record Cited(String kind, String entry, Quote quote) {

        @Override
        public String toString() {
            return kind + " " + entry;
        }
    }

    @Test
    void quotes_are_gathered_from_every_kind_of_entry() {
        // Otherwise the quote checks below could pass by looking at nothing.
        assertThat(quotes()).extracting(Cited::kind).contains("stance", "stance at a level", "concern", "purpose",
                "purpose link", "demand", "tension");
    }

    @Test
    void every_quote_occurs_verbatim_in_its_passage() {
        var passages = passages().stream().collect(Collectors.toMap(Passage::id, Function.identity()));

        assertThat(quotes()).allSatisfy(cited -> {
            assertThat(passages).as("%s cites passage %s", cited, cited.quote().passage())
                    .containsKey(cited.quote().passage());
            assertThat(normalised(passages.get(cited.quote().passage()).text()))
                    .as("%s quotes passage %s", cited, cited.quote().passage())
                    .contains(normalised(cited.quote().text()));
        });
    }

    @Test
    void every_referenced_passage_exists() {
        var ids = passages().stream().map(Passage::id).toList();
        var referenced = Stream.of(
                        quotes().stream().map(cited -> cited.quote().passage()),
                        CASE.options().stream().flatMap(option -> option.passages().stream()),
                        CASE.sourceIssues().stream().map(SourceIssue::passage).filter(Objects::nonNull))
                .flatMap(Function.identity())
                .distinct()
                .toList();

        assertThat(referenced).isNotEmpty();
        assertThat(ids).containsAll(referenced).doesNotHaveDuplicates();
    }

    @Test
    void every_source_issue_excerpt_occurs_in_its_passage() {
        assertThat(CASE.sourceIssues()).filteredOn(issue -> issue.passage() != null).isNotEmpty().allSatisfy(issue ->
                assertThat(normalised(CASE.passage(issue.passage()).text())).as("source issue %s", issue.id())
                        .contains(normalised(issue.excerpt())));
    }

    @Test
    void every_stakeholder_has_exactly_one_stance_on_every_option() {
        var pairs = CASE.stances().stream()
                .collect(Collectors.groupingBy(stance -> stance.stakeholder() + " × " + stance.option(),
                        Collectors.counting()));
        var expected = CASE.stakeholders().stream()
                .flatMap(stakeholder -> CASE.options().stream().map(option -> stakeholder.id() + " × " + option.id()))
                .toList();

        assertThat(pairs.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pairs).allSatisfy((pair, count) -> assertThat(count).as(pair).isOne());
    }

    @Test
    void every_stated_position_rests_on_a_quote_and_only_those_do() {
        assertThat(CASE.stances()).allSatisfy(stance -> {
            var pair = stance.stakeholder() + " × " + stance.option();
            if (stance.byLevel()) {
                stance.levels().forEach((level, at) -> assertQuotedIfStated(pair + " at " + level, at.position(),
                        at.quotes()));
            } else {
                assertQuotedIfStated(pair, stance.position(), stance.quotes());
            }
        });
    }

    private static void assertQuotedIfStated(String what, Position position, List<Quote> quotes) {
        assertThat(position).as("position of %s", what).isNotNull();
        if (position == Position.NOT_STATED) {
            assertThat(quotes).as("quotes of %s, which is not stated", what).isEmpty();
        } else {
            assertThat(quotes).as("quotes of %s, which %s", what, position.label()).isNotEmpty();
        }
    }

    /** Every position a stance gives: one per level on an option with levels, else one. */
    private static List<Stated> positions() {
        var stated = new ArrayList<Stated>();
        for (var stance : CASE.stances()) {
            var option = CASE.option(stance.option()).orElseThrow();
            var pair = stance.stakeholder() + " × " + stance.option();
            if (option.hasLevels()) {
                option.levels().forEach(level -> stated.add(new Stated(pair + " at " + level.id(), stance.stakeholder(),
                        stance.at(level.id()))));
            } else {
                stated.add(new Stated(pair, stance.stakeholder(), stance.at(null)));
            }
        }
        return stated;
    }

    private record Stated(String what, String stakeholder, Stance.LevelStance at) {
    }

    @Test
    void every_position_but_not_stated_rests_on_a_quote() {
        assertThat(positions()).hasSizeGreaterThan(CASE.stances().size()).allSatisfy(stated -> {
            assertThat(stated.at().position()).as("position of %s", stated.what()).isNotNull();
            if (stated.at().position() != Position.NOT_STATED) {
                assertThat(stated.at().quotes()).as("quotes of %s", stated.what()).isNotEmpty();
            }
        });
    }

    @Test
    void every_basis_matches_the_speakers_of_its_quotes() {
        assertThat(positions()).allSatisfy(stated -> {
            var speakers = stated.at().quotes().stream().map(CASE::speaker).flatMap(java.util.Optional::stream)
                    .map(person -> CASE.stakeholderOf(person).orElseThrow().id()).toList();
            assertThat(speakers).as("stakeholders who speak the quotes of %s", stated.what())
                    .allMatch(stated.stakeholder()::equals);
            var expected = stated.at().position() == Position.NOT_STATED ? StanceBasis.NOT_STATED
                    : speakers.isEmpty() ? StanceBasis.REPORTED : StanceBasis.OWN_WORDS;
            assertThat(stated.at().basis()).as("basis of %s", stated.what()).isEqualTo(expected);
        });
    }

    @Test
    void every_stance_on_an_option_with_levels_has_a_position_per_level_or_says_why_not() {
        assertThat(CASE.stances()).filteredOn(stance -> CASE.option(stance.option()).orElseThrow().hasLevels())
                .isNotEmpty()
                .allSatisfy(stance -> {
                    var levels = CASE.option(stance.option()).orElseThrow().levels().stream()
                            .map(GuaranteeOption.Level::id).collect(Collectors.toSet());
                    if (stance.byLevel()) {
                        assertThat(stance.levels().keySet()).as("levels of %s × %s", stance.stakeholder(), stance.option())
                                .isEqualTo(levels);
                    } else {
                        assertThat(stance.allLevels()).as("why one position of %s × %s covers every level",
                                stance.stakeholder(), stance.option()).isNotBlank();
                    }
                });
    }

    @Test
    void no_quote_carries_its_own_quotation_marks() {
        assertThat(quotes()).allSatisfy(cited -> assertThat(cited.quote().text().strip())
                .as("%s", cited).doesNotStartWith("“").doesNotEndWith("”").doesNotStartWith("\"").doesNotEndWith("\""));
    }

    @Test
    void section_headings_are_verbatim_lines_of_the_article() throws IOException {
        var lines = article().lines().map(UkraineCaseTest::normalised).collect(Collectors.toSet());

        assertThat(CASE.source().sections()).allSatisfy(section ->
                assertThat(lines).as("heading of section %s", section.id()).contains(normalised(section.heading())));
    }

    @Test
    void both_garbled_headings_are_flagged_on_the_heading() {
        assertThat(CASE.issuesInHeading("other-approaches")).singleElement()
                .satisfies(issue -> assertThat(issue.kind()).isEqualTo(SourceIssue.Kind.GARBLED));
        assertThat(CASE.issuesInHeading("qa-alternatives")).singleElement()
                .satisfies(issue -> assertThat(issue.excerpt()).isEqualTo("some choice security approaches"));
    }

    @Test
    void france_supports_the_bridge_in_its_own_words_and_says_nothing_of_fast_track() {
        var stance = CASE.stance("france", "nato");

        assertThat(stance.at("bridge").position()).isEqualTo(Position.SUPPORTS);
        assertThat(stance.at("bridge").basis()).isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(stance.at("fast-track").position()).isEqualTo(Position.NOT_STATED);
    }

    @Test
    void ukraine_is_not_shown_supporting_either_nato_route() {
        var stance = CASE.stance("ukraine", "nato");

        assertThat(stance.at("bridge").position()).isEqualTo(Position.NOT_STATED);
        assertThat(stance.at("fast-track").position()).isEqualTo(Position.NOT_STATED);
        assertThat(stance.note()).contains("aspirations for NATO membership");
    }

    @Test
    void nato_and_the_g7_are_treated_alike_on_more_military_technical_assistance() {
        // Both provide such help in the source; neither is said to increase it.
        assertThat(CASE.stance("nato", "military-technical-assistance").position()).isEqualTo(Position.NOT_STATED);
        assertThat(CASE.stance("g7", "military-technical-assistance").position()).isEqualTo(Position.NOT_STATED);
        assertThat(CASE.stance("nato", "military-technical-assistance").note()).contains("does not say NATO would increase it");
    }

    @Test
    void sanctions_serve_deterrence_on_the_source_word_only_when_strengthened() {
        assertThat(CASE.purposeLinks()).filteredOn(link -> link.option().equals("sanctions"))
                .allSatisfy(link -> assertThat(link.level()).isNotNull())
                .anySatisfy(link -> {
                    assertThat(link.level()).isEqualTo("strengthened");
                    assertThat(link.basis()).isEqualTo(Basis.SOURCE);
                    assertThat(link.quote().text()).startsWith("Strengthening");
                })
                .anySatisfy(link -> {
                    assertThat(link.level()).isEqualTo("maintained");
                    assertThat(link.basis()).isEqualTo(Basis.EDITORIAL);
                    assertThat(link.quote().text()).startsWith("Maintaining");
                });
    }

    @Test
    void the_talks_are_described_as_the_source_does() {
        assertThat(CASE.option("us-russia-talks").orElseThrow().description())
                .doesNotContain("led by").doesNotContain("negotiates").contains("includes").contains("begin talks");
    }

    @Test
    void merezhkos_call_for_increased_military_and_financial_support_is_quoted() {
        assertThat(quotes()).anySatisfy(cited ->
                assertThat(cited.quote().text()).contains("increased military and financial support"));
    }

    @Test
    void the_tension_we_built_from_two_answers_is_labelled_ours_with_a_reason() {
        assertThat(CASE.tensions()).filteredOn(tension -> tension.id().equals("foreign-forces-and-sovereignty"))
                .singleElement().satisfies(tension -> {
                    assertThat(tension.basis()).isEqualTo(Basis.EDITORIAL);
                    assertThat(tension.note()).isNotBlank();
                });
    }

    @Test
    void every_demand_says_why_its_options_meet_it() {
        assertThat(CASE.demands()).isNotEmpty().allSatisfy(demand ->
                assertThat(demand.note()).as("demand %s", demand.id()).isNotBlank());
    }

    @Test
    void the_stakeholders_the_product_names_exist() {
        assertThat(CASE.stakeholders()).extracting(Stakeholder::id)
                .contains("ukraine", "france", "united-kingdom", "united-states", "g7", "nato", "russia");
    }

    @Test
    void nato_is_chosen_as_a_bridge_or_on_a_fast_track() {
        assertThat(CASE.option("nato")).get()
                .extracting(option -> option.levels().stream().map(GuaranteeOption.Level::id).toList())
                .isEqualTo(List.of("bridge", "fast-track"));
    }

    @Test
    void sanctions_are_maintained_or_strengthened() {
        assertThat(CASE.option("sanctions")).get()
                .extracting(option -> option.levels().stream().map(GuaranteeOption.Level::id).toList())
                .isEqualTo(List.of("maintained", "strengthened"));
    }

    @Test
    void the_g7_guarantees_form_one_bundle_of_four_options() {
        assertThat(CASE.group("g7")).get().satisfies(group -> {
            assertThat(group.bundle()).isTrue();
            assertThat(group.options()).extracting(GuaranteeOption::id).containsExactlyInAnyOrder(
                    "g7-military-aid", "g7-financial-assistance", "g7-intelligence-sharing", "g7-sanctions");
        });
    }

    @Test
    void the_other_options_the_product_names_exist() {
        assertThat(CASE.options()).extracting(GuaranteeOption::id).contains("foreign-forces",
                "military-technical-assistance", "bilateral", "multilateral", "europe-steps-up", "us-russia-talks");
    }

    @Test
    void every_editorial_purpose_link_says_why() {
        assertThat(CASE.purposeLinks()).filteredOn(link -> link.basis() == Basis.EDITORIAL)
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.note()).as("%s → %s", link.option(), link.purpose())
                        .isNotBlank());
    }

    @Test
    void every_passage_occurs_verbatim_in_the_article() throws IOException {
        var article = normalised(article());

        assertThat(passages()).allSatisfy(passage ->
                assertThat(article).as("passage %s", passage.id()).contains(normalised(passage.text())));
    }

    @Test
    void passages_follow_the_order_of_the_article() throws IOException {
        // The Source view promises the article's order; a passage filed under the wrong heading breaks it.
        var article = normalised(article());
        var from = 0;
        var previous = "the start";
        for (var passage : passages()) {
            var at = article.indexOf(normalised(passage.text()), from);
            assertThat(at).as("where passage %s occurs after %s", passage.id(), previous).isNotNegative();
            from = at;
            previous = "passage " + passage.id();
        }
    }

    private static String article() throws IOException {
        assumeThat(ARTICLE)
                .as("the source article at %s (CI checks shared/ out beside the clone); without it the "
                        + "passages cannot be compared with the article", ARTICLE.toAbsolutePath().normalize())
                .isRegularFile();
        return Files.readString(ARTICLE, StandardCharsets.UTF_8);
    }
}
