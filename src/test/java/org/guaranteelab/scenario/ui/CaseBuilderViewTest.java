package org.guaranteelab.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.guaranteelab.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The builder of a case other than the default one, at /cases/{id} with the scenario in the query. */
@SpringBootTest
class CaseBuilderViewTest extends SpringBrowserlessTest {

    @Test
    void the_address_restores_a_scenario_of_the_published_case_with_its_stances() {
        UI.getCurrent().navigate("cases/harbour-test", QueryParameters.fromString("toll=large&patrols"));

        assertThat(getCurrentView()).isInstanceOf(CaseBuilderView.class);
        assertThat(find(Checkbox.class).id("choice-patrols").getValue()).isTrue();
        assertThat(cell("toll", "fishers").attr("data-position")).isEqualTo("opposes");
        assertThat(cell("patrols", "council").attr("data-position")).isEqualTo("supports");
        assertThat(find(Paragraph.class).id("scenario-status").getText()).startsWith("2 options chosen");
        assertThat(Rendered.text(find(Div.class).id("case-banner")))
                .contains("Fictional town weighs three ways to guard the Lantern Strait");
    }

    @Test
    void choosing_a_level_shows_that_levels_stance() {
        UI.getCurrent().navigate("cases/harbour-test");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> toll = find(RadioButtonGroup.class).id("choice-toll");
        test(toll).selectItem("Small toll");

        assertThat(cell("toll", "fishers").attr("data-position")).isEqualTo("possible");
    }

    @Test
    void an_option_of_another_case_in_the_address_is_reported_as_not_understood() {
        UI.getCurrent().navigate("cases/harbour-test", QueryParameters.fromString("foreign-forces"));

        assertThat(Rendered.text(find(Div.class).withClassName("address-notice").single()))
                .contains("“foreign-forces”");
    }

    @Test
    void the_default_case_under_cases_is_the_home_builder_with_the_same_scenario() {
        UI.getCurrent().navigate("cases/ukraine-2025", QueryParameters.fromString("foreign-forces"));

        assertThat(getCurrentView()).isInstanceOf(BuilderView.class);
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isTrue();
    }

    @Test
    void an_unknown_or_hostile_case_id_shows_page_not_found() {
        for (var id : new String[] {"no-such-case", "harbour\u202Etest", "x".repeat(5000), "<script>"}) {
            UI.getCurrent().navigate("cases/" + id);

            assertThat(getCurrentView()).as(id).isInstanceOf(NotFoundView.class);
        }
    }

    private org.jsoup.nodes.Element cell(String optionId, String stakeholder) {
        return Rendered.of(find(Div.class).id("stance-map"))
                .selectFirst("tr[data-option=" + optionId + "] td[data-stakeholder=" + stakeholder + "]");
    }
}
