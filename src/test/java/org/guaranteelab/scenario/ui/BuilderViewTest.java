package org.guaranteelab.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BuilderViewTest extends SpringBrowserlessTest {

    @Test
    void an_empty_scenario_shows_a_guide_instead_of_a_blank_summary() {
        navigate(BuilderView.class);

        assertThat(text(find(Div.class).id("summary"))).contains("Your scenario is empty");
        assertThat(status()).isEqualTo("No option chosen yet.");
    }

    @Test
    void choosing_fast_track_membership_shows_each_stance_the_concern_and_the_tension() {
        navigate(BuilderView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> nato = find(RadioButtonGroup.class).id("choice-nato");
        test(nato).selectItem("Fast-track membership — Ukraine joins NATO quickly instead of waiting.");

        var card = find(Div.class).id("option-nato");
        assertThat(stanceIn(card, "nato")).contains("not offered");
        // Barrot backs "a pathway for Ukraine towards NATO"; nothing in the source speaks of France and fast-track.
        assertThat(stanceIn(card, "france")).contains("not stated in the source").doesNotContain("supports");
        assertThat(stanceIn(card, "russia")).contains("not stated in the source");
        assertThat(text(card)).contains("The source presents fast-tracked accession as limited");
        assertThat(text(find(Div.class).id("summary"))).contains("NATO has not invited Ukraine to join now");
        assertThat(status()).startsWith("1 option chosen");
    }

    @Test
    void switching_nato_to_the_bridge_changes_natos_stance_and_drops_the_tension() {
        open("nato=fast-track");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> nato = find(RadioButtonGroup.class).id("choice-nato");
        test(nato).selectItem("Bridge toward eventual membership — NATO helps Ukraine in the meantime, with membership left for later.");

        assertThat(stanceIn(find(Div.class).id("option-nato"), "nato")).contains("offered").doesNotContain("not offered");
        assertThat(text(find(Div.class).id("summary"))).doesNotContain("NATO has not invited Ukraine");
    }

    @Test
    void taking_the_whole_g7_package_includes_all_four_parts_and_updates_the_tallies() {
        navigate(BuilderView.class);

        test(find(Checkbox.class).id("bundle-g7")).click();

        for (var part : new String[] {"g7-military-aid", "g7-financial-assistance", "g7-intelligence-sharing", "g7-sanctions"}) {
            assertThat(find(Checkbox.class).id("choice-" + part).getValue()).as(part).isTrue();
        }
        assertThat(status()).startsWith("4 options chosen");
        var g7Row = Rendered.of(find(Div.class).id("summary")).selectFirst("tr[data-stakeholder=g7]");
        assertThat(g7Row.selectFirst("th").text()).isEqualTo("G7");
        // The package taken whole is one choice: it does not outweigh any other single option.
        assertThat(g7Row.selectFirst("td[data-position=offered]").text()).as("offered").isEqualTo("1");
    }

    @Test
    void unticking_one_part_leaves_the_g7_package_partly_taken() {
        open("g7");

        test(find(Checkbox.class).id("choice-g7-sanctions")).click();

        var whole = find(Checkbox.class).id("bundle-g7");
        assertThat(whole.getValue()).isFalse();
        assertThat(whole.isIndeterminate()).isTrue();
        assertThat(status()).startsWith("3 options chosen");
    }

    @Test
    void an_address_restores_its_scenario_and_names_what_it_ignored() {
        open("nato=bridge&sanctions=strengthened&bogus=1");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> sanctions = find(RadioButtonGroup.class).id("choice-sanctions");
        assertThat(sanctions.getValue()).isEqualTo("strengthened");
        var notice = find(Div.class).withClassName("address-notice").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(text(notice)).contains("“bogus=1”: not an option of this case");
        assertThat(status()).startsWith("2 options chosen");
    }

    @Test
    void a_clean_address_shows_no_notice() {
        open("nato=bridge");

        // Queries find only visible components.
        assertThat(find(Div.class).withClassName("address-notice").exists()).isFalse();
    }

    @Test
    void unmet_demands_name_what_ukraine_asked_for_until_the_scenario_meets_it() {
        open("sanctions=maintained");
        assertThat(Rendered.of(find(Div.class).id("summary")).selectFirst(".demand-list--unmet").text())
                .contains("Ukraine calls for stronger sanctions");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> sanctions = find(RadioButtonGroup.class).id("choice-sanctions");
        test(sanctions).selectItem("Strengthened — Stronger sanctions, including U.S. financial sanctions against the Russian economy.");

        var summary = Rendered.of(find(Div.class).id("summary"));
        assertThat(summary.selectFirst(".demand-list--unmet").text()).doesNotContain("Ukraine calls for stronger sanctions");
        assertThat(summary.selectFirst(".demand-list--met").text()).contains("Ukraine calls for stronger sanctions")
                .contains("our reading");
    }

    @Test
    void reset_clears_the_scenario() {
        open("nato=bridge&g7&foreign-forces");

        test(find(Button.class).id("reset")).click();

        assertThat(status()).isEqualTo("No option chosen yet.");
        assertThat(find(Checkbox.class).id("choice-foreign-forces").getValue()).isFalse();
        assertThat(text(find(Div.class).id("summary"))).contains("Your scenario is empty");
    }

    /** Opens the builder at an address with this query, as following a shared link does. */
    private void open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(BuilderView.class);
    }

    private String stanceIn(Component card, String stakeholder) {
        return Rendered.of(card).selectFirst("li.stance-item[data-stakeholder=" + stakeholder + "]").text();
    }

    private String status() {
        return find(Paragraph.class).id("scenario-status").getText();
    }

    private static String text(Component component) {
        return Rendered.text(component);
    }
}
