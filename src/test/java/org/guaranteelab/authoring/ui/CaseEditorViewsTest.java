package org.guaranteelab.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CaseFileFormat;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.scenario.ui.Rendered;
import org.guaranteelab.scenario.ui.ScenarioBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The case editor, step by step, on an article written for these tests (fictional). */
@SpringBootTest
class CaseEditorViewsTest extends SpringBrowserlessTest {

    static final String ARTICLE = """
            The Republic of Nordmark and the Free City of Osterholm met in Valdby on Monday.
            Nordmark's envoy, Ada Berg, said: "We will support a joint patrol of the river."
            Osterholm has not offered any troops, the article's sources say. A patrol could keep the peace, officials said.""";

    @Autowired
    CaseCatalog catalog;

    private String started() {
        UI.getCurrent().navigate("write");
        test(find(TextField.class).id("article-title")).setValue("Talks in Valdby (fictional)");
        test(find(TextField.class).id("article-date")).setValue("as of May 1, 2031");
        test(find(TextField.class).id("article-outlet")).setValue("The Test Gazette");
        test(find(TextArea.class).id("article-text")).setValue(ARTICLE);
        test(find(Button.class).id("start-case")).click();
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    private void addStakeholder(String name) {
        test(find(TextField.class).id("stakeholder-name")).setValue(name);
        test(find(Button.class).id("add-stakeholder")).click();
    }

    private void addOption(String name, String description, String levels) {
        test(find(TextField.class).id("option-name")).setValue(name);
        test(find(TextField.class).id("option-description")).setValue(description);
        test(find(TextArea.class).id("option-levels")).setValue(levels);
        test(find(Button.class).id("add-option")).click();
    }

    private void chooseWords(int passage, int first, int last) {
        test(find(ComboBox.class).id("quote-passage")).selectItem("¶" + passage + " " + opening(passage));
        test(find(IntegerField.class).id("quote-first-word")).setValue(first);
        test(find(IntegerField.class).id("quote-last-word")).setValue(last);
    }

    @SuppressWarnings("unchecked")
    private String opening(int passage) {
        ComboBox<Integer> box = find(ComboBox.class).id("quote-passage");
        return box.getItemLabelGenerator().apply(passage - 1).substring(("¶" + passage + " ").length());
    }

    private String text(String id) {
        return Rendered.text(find(UnorderedList.class).id(id));
    }

    @Test
    void starting_a_case_splits_the_article_into_numbered_passages_behind_a_private_edit_link() {
        var path = started();

        assertThat(path).matches("write/[A-Za-z0-9_-]{22}");
        assertThat(find(Paragraph.class).id("passage-count").getText()).isEqualTo("The article is 3 passages long.");
        assertThat(find(TextArea.class).id("passage-text").getValue())
                .isEqualTo("The Republic of Nordmark and the Free City of Osterholm met in Valdby on Monday.");
    }

    @Test
    void an_address_that_is_not_a_web_address_is_refused_at_its_field_and_the_pasted_text_stays() {
        UI.getCurrent().navigate("write");
        test(find(TextField.class).id("article-title")).setValue("Talks in Valdby (fictional)");
        test(find(TextField.class).id("article-date")).setValue("as of May 1, 2031");
        test(find(TextField.class).id("article-address")).setValue("javascript:alert(1)");
        test(find(TextArea.class).id("article-text")).setValue(ARTICLE);

        test(find(Button.class).id("start-case")).click();

        var address = find(TextField.class).id("article-address");
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("https://");
        assertThat(find(TextArea.class).id("article-text").getValue()).isEqualTo(ARTICLE);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("write");
    }

    @Test
    void a_start_without_a_title_is_refused_and_keeps_the_pasted_text() {
        UI.getCurrent().navigate("write");
        test(find(TextArea.class).id("article-text")).setValue(ARTICLE);

        test(find(Button.class).id("start-case")).click();

        assertThat(find(TextField.class).id("article-title").isInvalid()).isTrue();
        assertThat(find(TextArea.class).id("article-text").getValue()).isEqualTo(ARTICLE);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("write");
    }

    @Test
    void an_article_with_a_direction_control_is_refused_with_the_character_named_and_keeps_the_text() {
        UI.getCurrent().navigate("write");
        test(find(TextField.class).id("article-title")).setValue("Hostile");
        test(find(TextField.class).id("article-date")).setValue("as of today");
        var hostile = "<script>alert(1)</script> and a \u202Ereversed line.";
        test(find(TextArea.class).id("article-text")).setValue(hostile);

        test(find(Button.class).id("start-case")).click();

        assertThat(text("start-problems")).contains("U+202E");
        assertThat(find(TextArea.class).id("article-text").getValue()).isEqualTo(hostile);
    }

    @Test
    void a_script_in_the_article_and_names_is_shown_as_text() {
        UI.getCurrent().navigate("write");
        test(find(TextField.class).id("article-title")).setValue("<b>Bold</b> title");
        test(find(TextField.class).id("article-date")).setValue("as of today");
        test(find(TextArea.class).id("article-text")).setValue("<script>alert('x')</script> says <img src=x onerror=alert(1)>.");
        test(find(Button.class).id("start-case")).click();
        addStakeholder("<script>alert(2)</script>");

        assertThat(find(TextArea.class).id("passage-text").getValue()).startsWith("<script>alert('x')</script>");
        assertThat(text("stakeholder-list")).contains("<script>alert(2)</script>");
        assertThat(Rendered.of(find(UnorderedList.class).id("stakeholder-list")).select("script")).isEmpty();
    }

    @Test
    void passages_merge_and_split_and_the_article_text_stays_the_same() {
        started();

        test(find(Button.class).id("merge-passage")).click();
        assertThat(find(Paragraph.class).id("passage-count").getText()).isEqualTo("The article is 2 passages long.");

        test(find(IntegerField.class).id("quote-first-word")).setValue(16);
        test(find(Button.class).id("split-passage")).click();
        assertThat(find(Paragraph.class).id("passage-count").getText()).isEqualTo("The article is 3 passages long.");
        assertThat(find(TextArea.class).id("passage-text").getValue()).startsWith("The Republic of Nordmark")
                .endsWith("on Monday.");
    }

    @Test
    void a_quote_chosen_by_words_is_attached_and_the_completeness_map_shows_the_pair_stated() {
        started();
        addStakeholder("Nordmark");
        addStakeholder("Osterholm");
        addOption("Joint patrol", "Both patrol the river together.", "");
        addOption("Troops", "Soldiers on the ground.", "");
        addOption("Patrol hours", "When patrols run.", "By day\nAlways");

        chooseWords(2, 6, 14);
        test(find(RadioButtonGroup.class).id("stance-basis")).selectItem("in their own words");
        test(find(TextField.class).id("stance-speaker")).setValue("Ada Berg");
        test(find(TextField.class).id("stance-speaker-role")).setValue("envoy");
        test(find(Button.class).id("attach-quote")).click();

        assertThat(find(Paragraph.class).id("chosen-words").getText()).isEqualTo("Chosen: “We will support a joint patrol of the river.”");
        assertThat(text("stance-list")).contains("Nordmark × Joint patrol: supports, in their own words — "
                + "“We will support a joint patrol of the river.” (¶2)");
        assertThat(Rendered.text(find(NativeTable.class).id("completeness"))).contains("✓ stated", "– not stated");
        assertThat(text("problems")).isEqualTo("No problems: the case can be published.");
    }

    @Test
    void a_reload_shows_the_draft_as_it_was_left() {
        var path = started();
        addStakeholder("Nordmark");
        addOption("Troops", "Soldiers on the ground.", "");

        UI.getCurrent().navigate(path);

        assertThat(text("stakeholder-list")).contains("Nordmark");
        assertThat(text("option-list")).contains("Troops: Soldiers on the ground.");
    }

    @Test
    void an_editorial_link_needs_a_reason_and_is_labelled_our_reading() {
        started();
        addOption("Joint patrol", "Both patrol the river together.", "");
        chooseWords(3, 11, 16);
        test(find(TextField.class).id("purpose-name")).setValue("Peace");
        test(find(Button.class).id("add-purpose")).click();
        test(find(Select.class).id("link-purpose")).selectItem("Peace");

        test(find(Button.class).id("add-link")).click();
        assertThat(find(TextField.class).id("link-reason").isInvalid()).isTrue();

        test(find(TextField.class).id("link-reason")).setValue("Patrols deter incidents on the river.");
        test(find(Button.class).id("add-link")).click();
        assertThat(text("link-list")).contains("Joint patrol → Peace (our reading: Patrols deter incidents on the river.)");
    }

    @Test
    void a_demand_needs_a_reason_for_the_options_that_meet_it_and_is_labelled_our_reading() {
        started();
        addStakeholder("Nordmark");
        addOption("Joint patrol", "Both patrol the river together.", "");
        chooseWords(2, 6, 14);
        test(find(TextArea.class).id("demand-text")).setValue("A joint patrol of the river.");

        test(find(Button.class).id("add-demand")).click();
        assertThat(find(TextField.class).id("demand-note").isInvalid()).isTrue();
        assertThat(text("demand-list")).isEmpty();

        test(find(TextField.class).id("demand-note")).setValue("The patrol is the thing demanded.");
        test(find(Button.class).id("add-demand")).click();
        assertThat(text("demand-list")).contains("Nordmark demands: A joint patrol of the river. — met by Joint patrol "
                + "(our reading: The patrol is the thing demanded.) — “We will support a joint patrol of the river.” (¶2)");
        assertThat(text("problems")).doesNotContain("demands");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_tension_on_our_reading_needs_a_reason_and_one_on_the_articles_word_does_not() {
        started();
        addOption("Joint patrol", "Both patrol the river together.", "");
        addOption("Troops", "Soldiers on the ground.", "");
        test(find(Select.class).id("tension-second-option")).selectItem("Troops");
        chooseWords(3, 1, 6);
        test(find(TextArea.class).id("tension-text")).setValue("A patrol needs troops Osterholm has not offered.");
        test(find(RadioButtonGroup.class).id("tension-basis")).selectItem("Our reading");

        test(find(Button.class).id("add-tension")).click();
        assertThat(find(TextField.class).id("tension-note").isInvalid()).isTrue();
        assertThat(text("tension-list")).isEmpty();

        test(find(TextField.class).id("tension-note")).setValue("We put the two statements together.");
        test(find(Button.class).id("add-tension")).click();
        assertThat(text("tension-list")).contains("Joint patrol + Troops: A patrol needs troops Osterholm has not offered. "
                + "(our reading: We put the two statements together.) — “Osterholm has not offered any troops,” (¶3)");
        assertThat(text("problems")).doesNotContain("tensions");
    }

    @Test
    void chosen_words_flagged_as_ambiguous_are_listed_with_our_note_and_pass_the_loader() {
        started();
        chooseWords(3, 7, 9);
        test(find(TextField.class).id("issue-note")).setValue("Which sources is not said.");

        test(find(Button.class).id("add-issue")).click();

        assertThat(text("issue-list")).contains("“the article's sources” (¶3): ambiguous in the source — Which sources is not said.");
        assertThat(text("problems")).doesNotContain("sourceIssues");
    }

    @Test
    void the_preview_shows_the_unpublished_draft_in_the_builder_and_names_problems_instead() {
        var path = started();
        UI.getCurrent().navigate(path + "/preview");
        assertThat(find(Paragraph.class).id("preview-problems").getText()).contains("problems");

        UI.getCurrent().navigate(path);
        addStakeholder("Nordmark");
        addOption("Troops", "Soldiers on the ground.", "");
        UI.getCurrent().navigate(path + "/preview");

        assertThat(find(ScenarioBuilder.class).exists()).isTrue();
        assertThat(Rendered.text(find(ScenarioBuilder.class).single())).contains("Troops", "Soldiers on the ground.");
        assertThat(path).endsWith(find(Anchor.class).id("back-to-editor").getHref());
        UI.getCurrent().navigate(path);
        assertThat(find(Anchor.class).id("preview-link").getHref()).endsWith("/preview");
    }

    @Test
    void publishing_gives_the_case_link_and_the_catalog_finds_the_case() {
        started();
        addStakeholder("Nordmark");
        addOption("Troops", "Soldiers on the ground.", "");
        chooseWords(3, 1, 6);
        test(find(Select.class).id("stance-position")).selectItem(Position.NOT_OFFERED.label());
        test(find(Button.class).id("attach-quote")).click();

        test(find(Button.class).id("publish-case")).click();

        var link = find(Anchor.class).id("case-link").getHref();
        assertThat(link).matches("cases/case-[a-z0-9]{14}");
        assertThat(catalog.find(link.substring("cases/".length()))).isPresent();
    }

    @Test
    void an_imported_case_file_opens_in_the_editor_as_a_draft_that_names_what_it_does_not_carry_over() {
        UI.getCurrent().navigate("write");
        test(find(TextArea.class).id("import-file")).setValue(CaseFileFormat.write(catalog.defaultCase()));

        test(find(Button.class).id("import-case")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("write/[A-Za-z0-9_-]{22}");
        assertThat(Rendered.text(find(Div.class).id("not-carried-over")))
                .contains("Not carried over from the file", "The 6 dated correction(s)", "The section headings “");
        assertThat(text("stakeholder-list")).contains("Ukraine");
        assertThat(find(Anchor.class).withId("case-link").exists()).as("not published yet").isFalse();

        test(find(Button.class).id("publish-case")).click();

        var caseId = find(Anchor.class).id("case-link").getHref().substring("cases/".length());
        assertThat(catalog.find(caseId).orElseThrow().corrections()).as("published as imported").hasSize(6);
    }

    @Test
    void an_import_the_loader_refuses_names_each_problem_with_its_line_and_keeps_the_file() {
        UI.getCurrent().navigate("write");
        var file = "id: x\nname: X\nsource:\n  title: T\n  dateContext: now\n  address: javascript:alert(1)\n";
        test(find(TextArea.class).id("import-file")).setValue(file);

        test(find(Button.class).id("import-case")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("write");
        assertThat(text("import-problems")).contains("line 6: source.address: \"javascript:alert(1)\" is not a web address");
        assertThat(find(TextArea.class).id("import-file").getValue()).isEqualTo(file);
    }

    @Test
    void a_case_with_problems_is_not_published_and_the_problems_are_listed() {
        started();

        test(find(Button.class).id("publish-case")).click();

        assertThat(text("problems")).contains("stakeholders: none defined");
        assertThat(find(Anchor.class).withId("case-link").exists()).isFalse();
    }

    @Test
    void a_hundred_kb_single_line_stakeholder_name_is_cut_to_the_limit_by_the_field() {
        started();
        addStakeholder("n".repeat(100_000));

        // The field's own limit stops it in the browser; on the server the save is refused and named.
        assertThat(text("refusals")).contains("at most 120 fit");
        assertThat(text("stakeholder-list")).isEmpty();
    }

    @Test
    void an_unknown_edit_link_shows_the_apps_not_found_page() {
        UI.getCurrent().navigate("write/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(find(EditCaseView.class).exists()).isFalse();
    }

    @Test
    void an_unknown_edit_link_has_no_preview_either() {
        UI.getCurrent().navigate("write/AAAAAAAAAAAAAAAAAAAAAA/preview");

        assertThat(find(PreviewCaseView.class).exists()).isFalse();
        assertThat(find(ScenarioBuilder.class).exists()).isFalse();
    }
}
