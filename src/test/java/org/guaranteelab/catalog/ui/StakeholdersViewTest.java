package org.guaranteelab.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

// A port although nothing here goes over HTTP: the same context as CaseApiTest, so the suite starts
// the application once instead of once per web environment.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StakeholdersViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void open() {
        navigate(StakeholdersView.class);
    }

    private Section stakeholder(String id) {
        return findInView(Section.class).withId(id).single();
    }

    /** The text a reader sees, with the markup of the stance lines and quotes in place. */
    private static String textOf(Component component) {
        return org.guaranteelab.scenario.ui.Rendered.text(component);
    }

    private List<String> people(String stakeholderId) {
        return find(UnorderedList.class, stakeholder(stakeholderId)).withClassName("people").single()
                .getChildren().map(StakeholdersViewTest::textOf).toList();
    }

    /** The stance entry of a stakeholder for an option, found by the option name the user reads. */
    private ListItem stance(String stakeholderId, String optionName) {
        return (ListItem) find(Span.class, stakeholder(stakeholderId)).withClassName("stance-option")
                .withText(optionName).single().getParent().orElseThrow();
    }

    @Test
    void every_stakeholder_has_a_section_under_its_name_and_its_mark() {
        assertThat(findInView(Section.class).withClassName("stakeholder").all()).extracting(
                        section -> section.getId().orElseThrow(),
                        section -> find(Span.class, section).withClassName("stakeholder-name").single().getText(),
                        section -> find(StakeholderMark.class, section).single().getText())
                .containsExactly(tuple("ukraine", "Ukraine", "UA"), tuple("france", "France", "FR"),
                        tuple("united-kingdom", "United Kingdom", "UK"), tuple("united-states", "United States", "US"),
                        tuple("g7", "G7", "G7"), tuple("nato", "NATO", "NATO"), tuple("russia", "Russia", "RU"));
    }

    @Test
    void named_people_are_listed_with_the_role_the_source_gives_them() {
        assertThat(people("france")).containsExactly("Jean-Noël Barrot — French foreign Minister");
        assertThat(people("united-states")).containsExactly(
                "Trump — role not stated in the source",
                "Marco Rubio — U.S. Secretary of State",
                "John Ratcliffe — CIA Director",
                "Michael Waltz — National Security Adviser");
    }

    @Test
    void a_stakeholder_the_source_names_no_one_for_says_so() {
        assertThat(find(Paragraph.class, stakeholder("nato")).all()).extracting(StakeholdersViewTest::textOf)
                .contains("The source names no person for NATO.");
    }

    @Test
    void france_supports_the_nato_path_in_barrots_words() {
        var details = find(Details.class, stance("france", "NATO path")).single();
        assertThat(textOf(details.getSummary()))
                .isEqualTo("Bridge toward eventual membership: supports · in their own words (Jean-Noël Barrot)");

        test(details).openDetails();

        var quotes = find(QuoteBlock.class, details).all();
        assertThat(quotes).extracting(StakeholdersViewTest::textOf).first().asString()
                .startsWith("“We are very attached to a pathway for Ukraine towards NATO.”")
                .contains("— Jean-Noël Barrot, French foreign Minister — France");
        assertThat(org.guaranteelab.scenario.ui.Rendered.of(quotes.getFirst()).selectFirst("a").attr("href"))
                .isEqualTo("source#france-barrot");
    }

    @Test
    void a_silent_stance_keeps_our_note_about_what_the_article_says_around_it() {
        assertThat(textOf(stance("ukraine", "NATO path"))).contains("not stated in the source")
                .contains("Our note: The article speaks of “Ukraine’s aspirations for NATO membership”");
        assertThat(textOf(stance("ukraine", "Financial assistance")))
                .contains("Merezhko emphasised the need for increased financial support");
    }

    @Test
    void a_position_by_level_is_shown_level_by_level() {
        assertThat(find(Details.class, stance("nato", "NATO path")).all())
                .extracting(details -> textOf(details.getSummary()))
                .containsExactly("Bridge toward eventual membership: offered · as the article reports it",
                        "Fast-track membership: not offered · as the article reports it");
    }

    @Test
    void a_quote_from_a_garbled_passage_carries_the_warning_and_an_unstated_role() {
        var details = find(Details.class, stance("united-states", "U.S.–Russia talks")).single();
        test(details).openDetails();

        assertThat(find(QuoteBlock.class, details).all()).extracting(StakeholdersViewTest::textOf)
                .anySatisfy(quote -> assertThat(quote)
                        .contains("— Trump (role not stated in the source) — United States")
                        .contains("Note: garbled in the source. Trump's quoted sentence is garbled in the source"));
    }

    @Test
    void russia_is_shown_as_not_stated_in_the_source_on_every_option() {
        var russia = stakeholder("russia");

        assertThat(find(Paragraph.class, russia).all()).extracting(StakeholdersViewTest::textOf)
                .contains("The source states no stance of Russia on any option.")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("not stated in the source on: NATO path; Military aid;")
                        .endsWith("; Europe steps up its support."));
        assertThat(textOf(stance("russia", "U.S.–Russia talks"))).contains("not stated in the source")
                .contains("Our note: The source names Putin's representatives");
        assertThat(find(Details.class, russia).all()).isEmpty();
    }
}
