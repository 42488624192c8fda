package org.guaranteelab.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseFiles;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CaseMarkupTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)> & <script>alert(2)</script>";

    /** A case whose concern quote looks like markup. */
    private final Case theCase = CaseFiles.loadedWithEvery("The plan worries some.", "The plan worries some " + MARKUP + ".");
    private final ScenarioAnalysis analysis = ScenarioAnalysis.of(theCase, Choices.none().with("plan", "big").with("talks"));

    @Test
    void case_text_that_looks_like_markup_is_shown_as_text_and_never_becomes_elements() {
        var option = optionAnalysis("plan");

        assertThat(option.select("script, img")).isEmpty();
        assertThat(option.select("blockquote").eachText()).contains("“The plan worries some " + MARKUP + ".”");
    }

    @Test
    void every_quote_sits_in_a_native_disclosure_that_opens_by_keyboard() {
        for (var markup : List.of(optionAnalysis("plan"), Jsoup.parseBodyFragment(CaseMarkup.summary(theCase, analysis).outerHtml()))) {
            assertThat(markup.select("blockquote")).isNotEmpty().allSatisfy(quote ->
                    assertThat(quote.closest("details")).as("the details around a quote").isNotNull());
            assertThat(markup.select("details")).allSatisfy(details ->
                    assertThat(details.child(0).tagName()).as("its first child").isEqualTo("summary"));
        }
    }

    @Test
    void a_stance_shows_an_icon_and_a_word_and_silence_says_so() {
        var plan = optionAnalysis("plan");
        var talks = optionAnalysis("talks");

        var beta = plan.selectFirst("li.stance-item[data-stakeholder=beta] .position");
        assertThat(beta.text()).isEqualTo("opposes");
        assertThat(beta.selectFirst("vaadin-icon").attr("aria-hidden")).isEqualTo("true");
        assertThat(plan.selectFirst("li.stance-item[data-stakeholder=alpha]").text())
                .contains("supports").contains("Al, spokesperson — Alpha");
        assertThat(talks.selectFirst("li.stance-item[data-stakeholder=beta]").text()).contains("not stated in the source");
    }

    private Document optionAnalysis(String optionId) {
        return Jsoup.parseBodyFragment(CaseMarkup.optionAnalysis(theCase, analysis.chosen(optionId).orElseThrow()).outerHtml());
    }
}
