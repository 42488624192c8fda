package org.guaranteelab.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.RandomScenarios;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The builder's markup for the shipped case: what a reader sees of its stances, labels and quotes. */
class ShippedCaseMarkupTest {

    private static final Case CASE = new CaseCatalog().defaultCase();

    private static Document everything() {
        var analysis = ScenarioAnalysis.of(CASE, RandomScenarios.everything(CASE));
        var html = new StringBuilder(CaseMarkup.summary(CASE, analysis).outerHtml());
        analysis.chosen().forEach(chosen -> html.append(CaseMarkup.optionAnalysis(CASE, chosen).outerHtml()));
        return Jsoup.parseBodyFragment(html.toString());
    }

    @Test
    void no_rendered_quote_shows_doubled_quotation_marks() {
        var quotes = new ArrayList<String>();
        // Every option at every level, so that every stance's quotes are rendered at least once.
        for (var option : CASE.options()) {
            var levels = option.hasLevels() ? option.levels().stream().map(level -> level.id()).toList()
                    : java.util.List.of("");
            for (var level : levels) {
                var choices = level.isEmpty() ? Choices.none().with(option.id()) : Choices.none().with(option.id(), level);
                var chosen = ScenarioAnalysis.of(CASE, choices).chosen(option.id()).orElseThrow();
                quotes.addAll(Jsoup.parseBodyFragment(CaseMarkup.optionAnalysis(CASE, chosen).outerHtml())
                        .select("blockquote").eachText());
            }
        }
        quotes.addAll(everything().select("blockquote").eachText());

        assertThat(quotes).isNotEmpty().anySatisfy(quote -> assertThat(quote).contains("I believe this effort"))
                .allSatisfy(quote -> assertThat(quote).doesNotContain("““").doesNotContain("””")
                        .doesNotContain("\"“").doesNotContain("”\""));
    }

    @Test
    void every_stated_stance_says_whose_words_it_rests_on() {
        var page = everything();

        assertThat(page.select("li.stance-item").stream()
                .filter(item -> !item.attr("data-position").equals("not-stated")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.selectFirst(".stance-basis").text())
                        .matches(" ?· (in their own words \\(.+\\)|as the article reports it)"));
        assertThat(page.selectFirst("li.stance-item[data-stakeholder=united-kingdom][data-position=supports] .stance-basis")
                .text()).contains("in their own words (John Healey)");
        assertThat(page.selectFirst("li.stance-item[data-stakeholder=g7][data-position=offered] .stance-basis").text())
                .contains("as the article reports it");
    }

    @Test
    void the_tally_keeps_every_position_word_in_its_own_column() {
        var headings = everything().select("table.tally-table thead th").eachText();

        assertThat(headings).containsExactly("Stakeholder", "Supports", "Offered", "Mentioned as possible",
                "Not offered", "Opposes", "Not stated");
    }

    @Test
    void a_purpose_with_no_link_says_no_link_recorded_not_that_it_is_unserved() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none().with("us-russia-talks"));
        var summary = Jsoup.parseBodyFragment(CaseMarkup.summary(CASE, analysis).outerHtml());

        assertThat(summary.select(".purpose-list > li").eachText()).isNotEmpty()
                .allSatisfy(text -> assertThat(text).contains("no link recorded").doesNotContain("not served"));
    }

    @Test
    void demands_counted_as_met_and_left_unmet_are_labelled_our_reading_with_a_reason() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none().with("g7-intelligence-sharing"));
        var summary = Jsoup.parseBodyFragment(CaseMarkup.summary(CASE, analysis).outerHtml());

        var met = summary.selectFirst(".demand-list--met li[data-demand=ukraine-robust-guarantees]");
        assertThat(met.selectFirst(".badge-editorial").text()).isEqualTo("our reading");
        assertThat(met.selectFirst(".editorial-note").text()).startsWith("Our reasoning: The source does not say which");
        assertThat(summary.select(".demand-list--unmet li")).isNotEmpty().allSatisfy(item ->
                assertThat(item.select(".badge-editorial").text()).isEqualTo("our reading"));
    }

    @Test
    void the_tension_we_built_is_labelled_our_reading_with_a_reason() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none().with("foreign-forces"));
        var tension = Jsoup.parseBodyFragment(CaseMarkup.summary(CASE, analysis).outerHtml())
                .selectFirst("li[data-tension=foreign-forces-and-sovereignty]");

        assertThat(tension.selectFirst(".badge-editorial").text()).isEqualTo("our reading");
        assertThat(tension.selectFirst(".editorial-note").text()).startsWith("Our reasoning:");
    }

    @Test
    void every_quote_links_to_its_numbered_passage_and_offers_a_citation() {
        var quote = everything().selectFirst("li.stance-item[data-stakeholder=united-kingdom][data-position=supports] .quote");

        assertThat(quote.selectFirst("a").attr("href")).isEqualTo("source#uk-healey");
        assertThat(quote.selectFirst("a").text()).isEqualTo("in the source, ¶9");
        assertThat(quote.selectFirst("button.copy-citation").attr("data-citation"))
                .isEqualTo("“British officials have indicated their agreement that Europe should increase its support.” "
                        + "— the article’s own words. In “Trump, Putin Propose Ukraine Peace Plan”, as of March 11, 2025, ¶9.");
    }
}
