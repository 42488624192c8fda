package org.guaranteelab.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;
import org.guaranteelab.catalog.CaseSource.SourceSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

// A port although nothing here goes over HTTP: the same context as CaseApiTest, so the suite starts
// the application once instead of once per web environment.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceViewTest extends SpringBrowserlessTest {

    @Autowired
    CaseCatalog catalog;

    @BeforeEach
    void open() {
        navigate(SourceView.class);
    }

    private Div passage(String id) {
        return findInView(Div.class).withId(id).single();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void every_section_of_the_case_is_shown_under_its_heading_in_order() {
        var headings = catalog.defaultCase().source().sections().stream()
                .map(SourceSection::heading)
                .toList();

        assertThat(findInView(H2.class).all()).extracting(heading -> test(heading).getText())
                .containsExactlyElementsOf(headings)
                .contains("Trump’s Negotiation Strategy", "What are security guarantees in the context of Ukraine?");
    }

    @Test
    void every_passage_is_shown_verbatim_at_an_anchor_named_by_its_id() {
        var passages = catalog.defaultCase().source().sections().stream()
                .flatMap(section -> section.passages().stream())
                .toList();

        assertThat(passages).isNotEmpty().allSatisfy(passage ->
                assertThat(find(Paragraph.class, passage(passage.id())).atIndex(1).getText()).isEqualTo(passage.text()));
    }

    @Test
    void a_quote_link_lands_on_a_passage_that_can_take_focus() {
        var barrot = passage("france-barrot");

        assertThat(CasePaths.passage("ukraine-2025", "france-barrot")).isEqualTo("source#france-barrot");
        assertThat(barrot.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(textOf(barrot)).contains("Jean-Noël Barrot stated, “We are very attached to a pathway for Ukraine towards NATO.");
    }

    @Test
    void a_garbled_quote_is_flagged_beneath_its_passage() {
        assertThat(find(ListItem.class, passage("trump-talks")).all()).extracting(SourceViewTest::textOf)
                .contains("Garbled in the source: “a prosperous Also to be considered:,” — Trump's quoted sentence is "
                        + "garbled in the source; what he said would follow \"a prosperous\" cannot be read from it.");
    }

    @Test
    void ambiguous_and_truncated_passages_are_flagged_beneath_them() {
        assertThat(find(ListItem.class, passage("foreign-forces-questions")).all()).extracting(SourceViewTest::textOf)
                .anyMatch(note -> note.startsWith("Ambiguous in the source: “especially within striking range”")
                        && note.endsWith("The source does not say within striking range of what or of whom."));
        assertThat(find(ListItem.class, passage("march-5-excerpt")).all()).extracting(SourceViewTest::textOf)
                .singleElement().asString().startsWith("Cut off in the source: “short of fast-track NATO membership, which is…”");
    }

    @Test
    void every_source_issue_is_shown_with_its_note_at_its_passage() {
        assertThat(catalog.defaultCase().sourceIssues()).filteredOn(issue -> issue.passage() != null).isNotEmpty().allSatisfy(issue ->
                assertThat(find(ListItem.class, passage(issue.passage())).all()).extracting(SourceViewTest::textOf)
                        .as("notes beneath passage %s", issue.passage())
                        .anyMatch(note -> note.contains("“" + issue.excerpt() + "”") && note.endsWith(issue.note())));
    }

    @Test
    void a_garbled_heading_is_flagged_beneath_the_heading() {
        var section = find(Section.class).id("section-qa-alternatives");

        assertThat(find(ListItem.class, section).all()).extracting(SourceViewTest::textOf)
                .anyMatch(note -> note.startsWith("Garbled in the source: “some choice security approaches”"));
    }

    @Test
    void passages_are_numbered_in_the_articles_order() {
        assertThat(textOf(passage("intro"))).startsWith("¶1");
        assertThat(textOf(passage("france-barrot"))).startsWith("¶5");
    }

    @Test
    void the_page_says_our_copy_names_no_outlet_author_or_address() {
        assertThat(findInView(Paragraph.class).all()).extracting(SourceViewTest::textOf)
                .anyMatch(text -> text.contains("Our copy of the article names no outlet, author or web address."));
    }

    @Test
    void a_passage_without_issues_carries_no_warning() {
        assertThat(find(ListItem.class, passage("g7-offer")).all()).isEmpty();
    }
}
