package org.guaranteelab.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import org.guaranteelab.base.ui.NotFoundView;
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
