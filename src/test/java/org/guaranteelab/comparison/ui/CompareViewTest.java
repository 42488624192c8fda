package org.guaranteelab.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CompareViewTest extends SpringBrowserlessTest {

    @Autowired
    SharingService sharing;

    @Test
    void two_saved_scenarios_show_their_differences_first_and_marked() {
        var bridge = sharing.save(new ScenarioDetails("Bridge", "", ""),
                Choices.none().with("nato", "bridge").with("foreign-forces"), Optional.empty());
        var fastTrack = sharing.save(new ScenarioDetails("Fast track", "", ""),
                Choices.none().with("nato", "fast-track").with("foreign-forces"), Optional.empty());

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(
                "a", "http://localhost:8080/" + bridge.viewPath(), "b", fastTrack.viewToken())));

        var rows = find(NativeTableRow.class).withAttribute("data-option").all();
        assertThat(rows).extracting(row -> row.getElement().getAttribute("data-option"))
                .containsExactly("nato", "foreign-forces");
        assertThat(rows.getFirst().getElement().getTextRecursively()).contains("≠ differs")
                .contains("Bridge toward eventual membership").contains("Fast-track membership");
        assertThat(rows.getLast().getElement().getTextRecursively()).contains("same");
        var stakeholders = find(NativeTable.class).withClassName("stakeholder-table").single();
        var nato = find(NativeTableRow.class, stakeholders).withAttribute("data-stakeholder", "nato").single();
        assertThat(nato.getElement().getTextRecursively()).contains("− loses: NATO path");
    }

    @Test
    void a_wrong_link_gets_an_inline_message_and_the_others_stay_shown() {
        var saved = sharing.save(new ScenarioDetails("Saved", "", ""), Choices.none().with("sanctions", "maintained"),
                Optional.empty());

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(
                "draft", "sanctions=strengthened", "a", saved.viewToken(), "b", "not-a-link")));

        assertThat(find(Div.class).id("compare-problems").getElement().getTextRecursively())
                .contains("“not-a-link” (B) is not a link to a saved scenario");
        var sanctions = find(NativeTableRow.class).withAttribute("data-option", "sanctions").single();
        assertThat(sanctions.getElement().getTextRecursively()).contains("Strengthened").contains("Maintained");
    }

    @Test
    void compare_with_in_the_builder_puts_the_draft_into_the_comparison() {
        UI.getCurrent().navigate("");
        test(find(Checkbox.class).id("choice-foreign-forces")).click();

        test(find(Button.class).id("compare-with")).click();

        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
        assertThat(((CompareView) getCurrentView()).getElement().getTextRecursively())
                .contains("Add at least one more scenario to compare.");
    }
}
