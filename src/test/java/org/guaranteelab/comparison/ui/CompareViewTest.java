package org.guaranteelab.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ui.Rendered;
import org.guaranteelab.sharing.SavedInThisBrowser;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharingService;
import org.jsoup.nodes.Document;
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

        var rows = page().select(".choices-table tr[data-option]");
        assertThat(rows).extracting(row -> row.attr("data-option")).containsExactly("nato", "foreign-forces");
        assertThat(rows.getFirst().text()).contains("≠ differs")
                .contains("Bridge toward eventual membership").contains("Fast-track membership");
        assertThat(rows.getLast().text()).contains("same");
        assertThat(page().select(".choices-table thead th")).as("no extra column for “differs”: a phone shows all")
                .hasSize(3);
        assertThat(page().select("#compare-stakeholders li[data-stakeholder=nato]").text())
                .contains("− B loses: NATO path");
    }

    @Test
    void each_scenario_has_the_builders_stakeholder_map_with_its_differing_options_marked() {
        var bridge = sharing.save(new ScenarioDetails("Bridge", "", ""),
                Choices.none().with("nato", "bridge").with("foreign-forces"), Optional.empty());
        var fastTrack = sharing.save(new ScenarioDetails("Fast track", "", ""),
                Choices.none().with("nato", "fast-track").with("foreign-forces").with("sanctions", "strengthened"),
                Optional.empty());

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(
                "a", bridge.viewToken(), "b", fastTrack.viewToken())));

        var maps = page().select(".compare-map");
        assertThat(maps).extracting(map -> map.selectFirst("h3").text()).containsExactly("A: Bridge", "B: Fast track");
        assertThat(maps.get(0).select("tr.map-row--differs")).extracting(row -> row.attr("data-option"))
                .containsExactly("nato");
        assertThat(maps.get(1).select("tr.map-row--differs")).extracting(row -> row.attr("data-option"))
                .containsExactly("nato", "sanctions");
        assertThat(maps.get(1).select(".stance-map tr[data-option]")).extracting(row -> row.attr("data-option"))
                .containsExactly("nato", "foreign-forces", "sanctions");
        assertThat(maps.get(0).select("thead th[data-stakeholder]").eachAttr("data-stakeholder"))
                .as("the maps line up: the same stakeholder columns in each")
                .isEqualTo(maps.get(1).select("thead th[data-stakeholder]").eachAttr("data-stakeholder"));
        var popoverIds = page().select("[popover]").eachAttr("id");
        assertThat(popoverIds).as("each map's popovers open from their own mark").doesNotHaveDuplicates();
        assertThat(page().select(".stakeholder-key li")).as("one key to the stakeholders' marks").isNotEmpty()
                .allSatisfy(item -> assertThat(item.select(".stakeholder-mark")).hasSize(1));
    }

    @Test
    void scenarios_saved_in_this_browser_are_offered_and_picking_two_compares_them() {
        var bridge = sharing.save(new ScenarioDetails("Bridge", "", ""),
                Choices.none().with("nato", "bridge"), Optional.empty());
        var fastTrack = sharing.save(new ScenarioDetails("Fast track", "", ""),
                Choices.none().with("nato", "fast-track"), Optional.empty());
        UI.getCurrent().navigate("compare");

        ((CompareView) getCurrentView()).showSaved(stored(bridge, "Bridge", fastTrack, "Fast track"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<SavedInThisBrowser.Entry> pick = find(CheckboxGroup.class).id("compare-mine-list");
        assertThat(pick.getListDataView().getItems().map(SavedInThisBrowser.Entry::title))
                .containsExactly("Bridge", "Fast track");
        pick.setValue(Set.copyOf(pick.getListDataView().getItems().toList()));
        test(find(Button.class).id("compare-mine-button")).click();

        var rows = page().select(".choices-table tr[data-option=nato]");
        assertThat(rows.text()).contains("Bridge toward eventual membership").contains("Fast-track membership");
        assertThat(page().select(".compare-column-header h2")).extracting(heading -> heading.text())
                .containsExactly("A: Bridge", "B: Fast track");
    }

    @Test
    void picking_only_one_saved_scenario_says_how_many_to_pick_and_compares_nothing() {
        var bridge = sharing.save(new ScenarioDetails("Bridge", "", ""), Choices.none().with("nato", "bridge"),
                Optional.empty());
        var other = sharing.save(new ScenarioDetails("Other", "", ""), Choices.none(), Optional.empty());
        UI.getCurrent().navigate("compare");
        ((CompareView) getCurrentView()).showSaved(stored(bridge, "Bridge", other, "Other"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<SavedInThisBrowser.Entry> pick = find(CheckboxGroup.class).id("compare-mine-list");
        pick.setValue(Set.of(pick.getListDataView().getItems().findFirst().orElseThrow()));

        test(find(Button.class).id("compare-mine-button")).click();

        assertThat(pick.isInvalid()).isTrue();
        assertThat(pick.getErrorMessage()).isEqualTo("Pick 2 to 3 scenarios; 1 picked.");
        assertThat(page().select(".choices-table")).isEmpty();
    }

    @Test
    void a_wrong_link_gets_an_inline_message_and_the_others_stay_shown() {
        var saved = sharing.save(new ScenarioDetails("Saved", "", ""), Choices.none().with("sanctions", "maintained"),
                Optional.empty());

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(
                "draft", "sanctions=strengthened", "a", saved.viewToken(), "b", "not-a-link")));

        assertThat(find(Div.class).id("compare-problems").getElement().getTextRecursively())
                .contains("“not-a-link” (C) is not a link to a saved scenario");
        assertThat(page().select(".choices-table tr[data-option=sanctions]").text())
                .contains("Strengthened").contains("Maintained");
    }

    @Test
    void compare_with_in_the_builder_shows_the_draft_as_column_a_with_its_options() {
        UI.getCurrent().navigate("");
        test(find(Checkbox.class).id("choice-foreign-forces")).click();

        test(find(Button.class).id("compare-with")).click();

        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
        var draft = find(Div.class).id("compare-draft");
        assertThat(Rendered.text(draft)).startsWith("A: Your draft").contains("Foreign forces on Ukrainian soil");
        assertThat(find(TextField.class).all()).as("fields for B and C only: A is the draft")
                .extracting(TextField::getLabel).containsExactly("Scenario B", "Scenario C");
        ((CompareView) getCurrentView()).showSaved(null);
        assertThat(Rendered.text(find(Div.class).id("compare-mine"))).contains("No scenario has been saved");
    }

    @Test
    void with_a_draft_picking_one_saved_scenario_compares_it_with_the_draft() {
        var saved = sharing.save(new ScenarioDetails("Sanctions kept", "", ""),
                Choices.none().with("sanctions", "maintained"), Optional.empty());
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("draft", "sanctions=strengthened")));
        ((CompareView) getCurrentView()).showSaved(stored(saved, "Sanctions kept"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<SavedInThisBrowser.Entry> pick = find(CheckboxGroup.class).id("compare-mine-list");
        pick.setValue(Set.of(pick.getListDataView().getItems().findFirst().orElseThrow()));

        test(find(Button.class).id("compare-mine-button")).click();

        assertThat(page().select(".compare-column-header h2")).extracting(heading -> heading.text())
                .containsExactly("A: Your draft", "B: Sanctions kept");
        assertThat(page().select(".compare-column-header a").first().attr("href"))
                .as("column A leads back to the builder with the draft").isEqualTo("?sanctions=strengthened");
        assertThat(page().select("#compare-draft")).as("the draft is not listed twice once compared").isEmpty();
        assertThat(page().select(".choices-table tr[data-option=sanctions]").text())
                .contains("Strengthened").contains("Maintained").contains("≠ differs");
    }

    private Document page() {
        return Rendered.of((com.vaadin.flow.component.Component) getCurrentView());
    }

    /** What "My scenarios" keeps in local storage, as the save dialog writes it. */
    private static String stored(Object... linksAndTitles) {
        var entries = new java.util.ArrayList<String>();
        for (int i = 0; i < linksAndTitles.length; i += 2) {
            var links = (org.guaranteelab.sharing.SavedLinks) linksAndTitles[i];
            entries.add("{\"title\":\"" + linksAndTitles[i + 1] + "\",\"view\":\"" + links.viewToken() + "\",\"edit\":\""
                    + links.editToken() + "\"}");
        }
        return "[" + String.join(",", entries) + "]";
    }
}
