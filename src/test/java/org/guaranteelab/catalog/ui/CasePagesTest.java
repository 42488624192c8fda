package org.guaranteelab.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.guaranteelab.base.ui.NotFoundView;
import org.guaranteelab.catalog.TestCases;
import org.guaranteelab.scenario.ui.Rendered;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The Stakeholders and Source pages of a case other than the default one, at its own address. */
@SpringBootTest
class CasePagesTest extends SpringBrowserlessTest {

    @Test
    void a_published_cases_stakeholders_page_shows_its_own_stakeholders_and_quotes() {
        UI.getCurrent().navigate("cases/harbour-test/stakeholders");

        assertThat(getCurrentView()).isInstanceOf(CaseStakeholdersView.class);
        var fishers = Rendered.text(findInView(Section.class).withId("fishers").single());
        assertThat(fishers).contains("Fishers' guild").contains("A small toll might be bearable");
        assertThat(Rendered.of(findInView(Section.class).withId("council").single()).select("a[href]"))
                .extracting(link -> link.attr("href")).contains("cases/harbour-test/source#council-patrols");
        assertThat(findInView(Section.class).withId("nato").all()).isEmpty();
    }

    @Test
    void a_published_cases_source_page_shows_its_article_and_which_case_it_is() {
        UI.getCurrent().navigate("cases/harbour-test/source");

        assertThat(getCurrentView()).isInstanceOf(CaseSourceView.class);
        assertThat(Rendered.text(find(Div.class).id("lighthouse")))
                .contains("Nobody has yet said who would pay to relight the old lighthouse.");
        assertThat(Rendered.text(find(Div.class).id("case-banner")))
                .contains("Fictional town weighs three ways to guard the Lantern Strait").contains("as of June 1, 2031");
    }

    @Test
    void a_cases_outlet_and_author_show_as_text_and_its_address_as_a_link_that_opens_apart_from_the_app() throws Exception {
        try (var republished = TestCases.republishHarbourWith("  dateContext: as of June 1, 2031\n",
                "  dateContext: as of June 1, 2031\n  outlet: \"<b>Strait</b> Gazette\"\n  author: Ada <i>Quill</i>\n"
                        + "  address: \"https://example.org/strait?x=1&y=%3C2%3E\"\n")) {
            UI.getCurrent().navigate("cases/harbour-test/source");

            var line = Rendered.of(find(Paragraph.class).id("source-publication"));
            assertThat(line.text()).isEqualTo("Outlet: <b>Strait</b> Gazette · Author: Ada <i>Quill</i> · "
                    + "Address: https://example.org/strait?x=1&y=%3C2%3E");
            assertThat(line.select("b, i")).isEmpty();
            var link = line.selectFirst("a");
            assertThat(link.attr("href")).isEqualTo("https://example.org/strait?x=1&y=%3C2%3E");
            assertThat(link.attr("target")).isEqualTo("_blank");
            assertThat(link.attr("rel")).isEqualTo("noopener noreferrer nofollow");
            assertThat(findInView(Paragraph.class).all()).extracting(Rendered::text)
                    .noneMatch(text -> text.contains("names no outlet"));
        }
    }

    @Test
    void a_case_that_names_no_outlet_author_or_address_says_so_and_shows_no_link() {
        UI.getCurrent().navigate("cases/harbour-test/source");

        assertThat(findInView(Paragraph.class).withId("source-publication").all()).isEmpty();
        assertThat(findInView(Paragraph.class).all()).extracting(Rendered::text)
                .anyMatch(text -> text.contains("Our copy of the article names no outlet, author or web address."));
    }

    @Test
    void the_default_cases_id_under_cases_leads_to_its_own_pages() {
        UI.getCurrent().navigate("cases/ukraine-2025/stakeholders");

        assertThat(getCurrentView()).isInstanceOf(StakeholdersView.class);
    }

    @Test
    void an_unknown_case_id_shows_the_apps_page_not_found() {
        UI.getCurrent().navigate("cases/no-such-case/source");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
