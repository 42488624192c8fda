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
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.scenario.RandomScenarios;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BuilderViewTest extends SpringBrowserlessTest {

    @Autowired
    private CaseCatalog catalog;

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
        test(nato).selectItem("Fast-track membership");

        assertThat(cell("nato", "nato").attr("data-position")).isEqualTo("not-offered");
        assertThat(cell("nato", "nato").selectFirst("button.map-mark").attr("aria-label"))
                .isEqualTo("NATO on NATO path: Fast-track membership: not offered; open the quotes");
        // Barrot backs "a pathway for Ukraine towards NATO"; nothing in the source speaks of France and fast-track,
        // so France, like Russia, has no column and is named in the line of those with nothing stated.
        assertThat(cell("nato", "france")).isNull();
        assertThat(map().selectFirst("#map-silent").text()).contains("France").contains("Russia");
        assertThat(map().selectFirst("tr[data-option=nato] td.map-concerns").text())
                .contains("The source presents fast-tracked accession as limited");
        assertThat(text(find(Div.class).id("summary"))).contains("NATO has not invited Ukraine to join now");
        assertThat(status()).startsWith("1 option chosen");
    }

    @Test
    void switching_nato_to_the_bridge_changes_natos_stance_and_drops_the_tension() {
        open("nato=fast-track");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> nato = find(RadioButtonGroup.class).id("choice-nato");
        test(nato).selectItem("Bridge toward eventual membership");

        assertThat(cell("nato", "nato").attr("data-position")).isEqualTo("offered");
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
        test(sanctions).selectItem("Strengthened");

        var summary = Rendered.of(find(Div.class).id("summary"));
        assertThat(summary.selectFirst(".demand-list--unmet").text()).doesNotContain("Ukraine calls for stronger sanctions");
        assertThat(summary.selectFirst(".demand-list--met").text()).contains("Ukraine calls for stronger sanctions")
                .contains("our reading");
    }

    @Test
    void choosing_options_fills_the_map_with_a_row_per_choice_and_a_column_per_stakeholder_who_said_anything() {
        navigate(BuilderView.class);
        assertThat(map().select("tr[data-option]")).isEmpty();

        test(find(Checkbox.class).id("choice-military-technical-assistance")).click();
        test(find(Checkbox.class).id("choice-us-russia-talks")).click();

        assertThat(map().select("tr[data-option]").eachAttr("data-option"))
                .containsExactly("military-technical-assistance", "us-russia-talks");
        assertThat(map().select("thead th[data-stakeholder]").eachAttr("data-stakeholder"))
                .containsExactly("ukraine", "united-states");
        assertThat(cell("military-technical-assistance", "ukraine").attr("data-position")).isEqualTo("supports");
        assertThat(cell("us-russia-talks", "united-states").attr("data-position")).isEqualTo("supports");
        assertThat(cell("us-russia-talks", "ukraine").attr("data-position")).isEqualTo("not-stated");
        assertThat(map().selectFirst("#map-silent").text()).contains("France", "United Kingdom", "G7", "NATO", "Russia");
        assertThat(status()).startsWith("2 options chosen");
    }

    @Test
    void a_cell_of_the_map_opens_its_quotes_with_speaker_basis_and_passage_link() {
        open("military-technical-assistance&us-russia-talks");

        var button = cell("military-technical-assistance", "ukraine").selectFirst("button.map-mark");
        assertThat(button.attr("aria-label")).isEqualTo("Ukraine on More military-technical assistance: supports; "
                + "open the quotes");
        var popover = map().getElementById(button.attr("popovertarget"));
        assertThat(popover).as("the popover the cell opens").isNotNull();
        assertThat(popover.hasAttr("popover")).isTrue();
        assertThat(popover.selectFirst(".stance-basis").text()).isEqualTo("in their own words (Oleksandr Merezhko)");
        assertThat(popover.selectFirst("blockquote").text()).contains("more military-technical assistance");
        assertThat(popover.selectFirst(".quote-attribution").text()).contains("Oleksandr Merezhko");
        assertThat(popover.selectFirst(".quote-attribution a").attr("href")).isEqualTo("source#merezhko");
        // Not stated, with no quote and no note: a quiet mark, nothing to open.
        assertThat(cell("us-russia-talks", "ukraine").attr("data-position")).isEqualTo("not-stated");
        assertThat(cell("us-russia-talks", "ukraine").select("button")).isEmpty();
        assertThat(cell("us-russia-talks", "ukraine").text()).endsWith("not stated in the source");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("someSeeds")
    void the_map_matches_the_analysis_for_seeded_random_scenarios(long seed) {
        var theCase = catalog.defaultCase();
        var choices = RandomScenarios.choices(theCase, seed);
        open(ScenarioAddress.encode(theCase, choices));
        var analysis = ScenarioAnalysis.of(theCase, choices);

        assertThat(map().select("tr[data-option]").eachAttr("data-option"))
                .containsExactlyElementsOf(analysis.chosen().stream().map(chosen -> chosen.option().id()).toList());
        var silent = map().selectFirst("#map-silent");
        for (var chosen : analysis.chosen()) {
            for (var stance : chosen.stances()) {
                var cell = cell(chosen.option().id(), stance.stakeholder().id());
                if (cell == null) {
                    // No column: the stakeholder is named among those with nothing stated on any choice.
                    assertThat(stance.position()).as("%s on %s", stance.stakeholder().id(), chosen.label())
                            .isEqualTo(Position.NOT_STATED);
                    assertThat(silent.select("[data-stakeholder]").eachAttr("data-stakeholder"))
                            .contains(stance.stakeholder().id());
                } else {
                    assertThat(cell.attr("data-position")).as("%s on %s", stance.stakeholder().id(), chosen.label())
                            .isEqualTo(stance.position().code());
                }
            }
        }
    }

    /** Forty of the shared seeds: each is a navigation in a Spring context, and forty cover every option. */
    static java.util.stream.Stream<Long> someSeeds() {
        return RandomScenarios.seeds().limit(40);
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

    private org.jsoup.nodes.Document map() {
        return Rendered.of(find(Div.class).id("stance-map"));
    }

    /** The map's cell for this option and stakeholder, or null where the stakeholder has no column. */
    private org.jsoup.nodes.Element cell(String optionId, String stakeholder) {
        return map().selectFirst("tr[data-option=" + optionId + "] td[data-stakeholder=" + stakeholder + "]");
    }

    private String status() {
        return find(Paragraph.class).id("scenario-status").getText();
    }

    private static String text(Component component) {
        return Rendered.text(component);
    }
}
