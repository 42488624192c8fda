package org.guaranteelab.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
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

/**
 * The case editor, step by step, on an article written for these tests (fictional). Every test
 * starts a case from the same mocked address, more than the default hourly allowance of one client.
 */
@SpringBootTest(properties = "guarantee-lab.authoring.cases-per-hour=200")
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

    @SuppressWarnings("unchecked")
    private void choose(String id, String... labels) {
        test((MultiSelectComboBox<Object>) find(MultiSelectComboBox.class).id(id)).selectItem(labels);
    }

    /** A case with two stakeholders, three options (the third with levels) and the words of Ada Berg chosen. */
    private void drafted() {
        started();
        addStakeholder("Nordmark");
        addStakeholder("Osterholm");
        addOption("Joint patrol", "Both patrol the river together.", "");
        addOption("Troops", "Soldiers on the ground.", "");
        addOption("Patrol hours", "When patrols run.", "By day\nAlways");
        chooseWords(2, 6, 14);
    }

    private Dialog dialog() {
        return find(Dialog.class).id("edit-dialog");
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
        choose("demand-met-by", "Joint patrol");

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
        choose("tension-when", "Joint patrol", "Troops");
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
    void a_demand_met_by_several_options_and_levels_is_listed_with_each_and_passes_the_loader() {
        drafted();
        test(find(TextArea.class).id("demand-text")).setValue("A patrol of the river, at any hour.");
        test(find(TextField.class).id("demand-note")).setValue("Each of these puts people on the river.");
        choose("demand-met-by", "Troops", "Joint patrol", "Patrol hours at Always");

        test(find(Button.class).id("add-demand")).click();

        assertThat(text("demand-list")).contains("Nordmark demands: A patrol of the river, at any hour. — met by any of "
                + "Joint patrol, Troops, Patrol hours at Always (our reading: Each of these puts people on the river.)");
        assertThat(text("problems")).isEqualTo("No problems: the case can be published.");
        test(find(Button.class).id("export-case")).click();
        assertThat(find(TextArea.class).id("exported-file").getValue())
                .contains("option: \"joint-patrol\"", "option: \"troops\"", "option: \"patrol-hours\"", "level: \"always\"");
    }

    @Test
    void a_demand_whose_any_level_choice_covers_a_level_also_chosen_is_refused_and_keeps_what_was_typed() {
        drafted();
        test(find(TextArea.class).id("demand-text")).setValue("Patrols.");
        test(find(TextField.class).id("demand-note")).setValue("Patrol hours are patrols.");
        choose("demand-met-by", "Patrol hours at any level", "Patrol hours at By day");

        test(find(Button.class).id("add-demand")).click();

        assertThat(text("refusals")).isEqualTo("Patrol hours at any level already covers Patrol hours at By day: "
                + "choose one of them.");
        assertThat(text("demand-list")).isEmpty();
        assertThat(find(TextArea.class).id("demand-text").getValue()).isEqualTo("Patrols.");
        assertThat(find(MultiSelectComboBox.class).id("demand-met-by").getSelectedItems()).hasSize(2);
    }

    @Test
    void a_demand_without_an_option_is_refused_with_a_message() {
        drafted();
        test(find(TextArea.class).id("demand-text")).setValue("A patrol.");
        test(find(TextField.class).id("demand-note")).setValue("The patrol.");

        test(find(Button.class).id("add-demand")).click();

        assertThat(text("refusals")).isEqualTo("Choose at least one option that meets the demand.");
        assertThat(find(TextArea.class).id("demand-text").getValue()).isEqualTo("A patrol.");
    }

    @Test
    void a_tension_among_three_options_at_a_level_is_listed_with_all_of_them() {
        drafted();
        choose("tension-when", "Joint patrol", "Troops", "Patrol hours at Always");
        test(find(TextArea.class).id("tension-text")).setValue("A patrol at all hours needs troops.");

        test(find(Button.class).id("add-tension")).click();

        assertThat(text("tension-list")).contains("Joint patrol + Troops + Patrol hours at Always: A patrol at all hours "
                + "needs troops. (the article says so)");
        assertThat(text("problems")).isEqualTo("No problems: the case can be published.");
    }

    @Test
    void a_tension_naming_one_option_at_two_levels_is_refused_and_keeps_what_was_typed() {
        drafted();
        choose("tension-when", "Patrol hours at By day", "Patrol hours at Always");
        test(find(TextArea.class).id("tension-text")).setValue("Day and night.");

        test(find(Button.class).id("add-tension")).click();

        assertThat(text("refusals")).contains("Patrol hours is chosen more than once");
        assertThat(text("tension-list")).isEmpty();
        assertThat(find(TextArea.class).id("tension-text").getValue()).isEqualTo("Day and night.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_stance_is_edited_in_place_keeping_its_quote() {
        drafted();
        test(find(Button.class).id("attach-quote")).click();
        assertThat(text("stance-list")).contains("Nordmark × Joint patrol: supports, as the article reports it");

        test(find(Button.class).id("stance-list-edit-0")).click();
        assertThat(find(Select.class).id("edit-stance-position").getValue()).isEqualTo(Position.SUPPORTS);
        test(find(Select.class).id("edit-stance-position")).selectItem(Position.POSSIBLE.label());
        test(find(RadioButtonGroup.class).id("edit-stance-basis")).selectItem("in their own words");
        test(find(TextField.class).id("edit-stance-speaker")).setValue("Ada Berg");
        test(find(TextField.class).id("edit-stance-speaker-role")).setValue("envoy");
        test(find(Button.class).id("edit-save")).click();

        assertThat(find(Dialog.class).withId("edit-dialog").exists()).isFalse();
        assertThat(text("stance-list")).contains("Nordmark × Joint patrol: mentioned as possible, in their own words — "
                + "“We will support a joint patrol of the river.” (¶2)").doesNotContain("supports");
        assertThat(text("stakeholder-list")).contains("Nordmark (quoted: Ada Berg, envoy)");
        assertThat(text("problems")).isEqualTo("No problems: the case can be published.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_stance_moves_to_a_level_in_the_edit_dialog() {
        drafted();
        test(find(Select.class).id("stance-option")).selectItem("Patrol hours");
        test(find(Select.class).id("stance-level")).selectItem("By day");
        test(find(Button.class).id("attach-quote")).click();

        test(find(Button.class).id("stance-list-edit-0")).click();
        test(find(Select.class).id("edit-stance-level")).selectItem("Always");
        test(find(Button.class).id("edit-save")).click();

        assertThat(text("stance-list")).startsWith("Nordmark × Patrol hours at Always: supports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refused_stance_edit_keeps_the_dialog_open_with_what_was_typed_and_says_why() {
        drafted();
        test(find(Button.class).id("attach-quote")).click();

        test(find(Button.class).id("stance-list-edit-0")).click();
        test(find(RadioButtonGroup.class).id("edit-stance-basis")).selectItem("in their own words");
        test(find(TextField.class).id("edit-stance-speaker-role")).setValue("envoy");
        test(find(Button.class).id("edit-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(Rendered.text(find(UnorderedList.class).id("edit-refusals")))
                .isEqualTo("Name the person whose own words these are.");
        assertThat(find(TextField.class).id("edit-stance-speaker-role").getValue()).isEqualTo("envoy");
        assertThat(text("stance-list")).contains("supports, as the article reports it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void escape_closes_the_edit_dialog_and_changes_nothing() {
        drafted();
        test(find(Button.class).id("attach-quote")).click();
        test(find(Button.class).id("stance-list-edit-0")).click();
        test(find(RadioButtonGroup.class).id("edit-stance-basis")).selectItem("in their own words");
        test(find(TextField.class).id("edit-stance-speaker")).setValue("Someone else");
        var dialog = dialog();

        assertThat(dialog.isCloseOnEsc()).isTrue();
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(text("stance-list")).contains("supports, as the article reports it");
        test(find(Button.class).id("stance-list-edit-0")).click();
        assertThat(find(RadioButtonGroup.class).id("edit-stance-basis").getValue()).as("a fresh dialog, as stored")
                .isEqualTo(org.guaranteelab.catalog.StanceBasis.REPORTED);
    }

    @Test
    void a_concern_is_reworded_in_place_and_an_empty_one_is_refused() {
        drafted();
        test(find(TextArea.class).id("concern-text")).setValue("A patrol needs many boats.");
        test(find(Button.class).id("add-concern")).click();

        test(find(Button.class).id("concern-list-edit-0")).click();
        assertThat(find(TextArea.class).id("edit-concern-text").getValue()).isEqualTo("A patrol needs many boats.");
        test(find(TextArea.class).id("edit-concern-text")).setValue("  ");
        test(find(Button.class).id("edit-save")).click();
        assertThat(Rendered.text(find(UnorderedList.class).id("edit-refusals"))).isEqualTo("Write the concern down, in your words.");

        test(find(TextArea.class).id("edit-concern-text")).setValue("A patrol needs boats.");
        test(find(Button.class).id("edit-save")).click();
        assertThat(text("concern-list")).startsWith("Joint patrol: A patrol needs boats. — “We will support");
    }

    @Test
    void a_demands_reason_and_a_tensions_basis_are_edited_in_place() {
        drafted();
        choose("demand-met-by", "Joint patrol");
        test(find(TextArea.class).id("demand-text")).setValue("A joint patrol.");
        test(find(TextField.class).id("demand-note")).setValue("The patrol.");
        test(find(Button.class).id("add-demand")).click();
        choose("tension-when", "Troops");
        test(find(TextArea.class).id("tension-text")).setValue("No troops are offered.");
        test(find(Button.class).id("add-tension")).click();

        test(find(Button.class).id("demand-list-edit-0")).click();
        assertThat(find(TextField.class).id("edit-demand-note").getValue()).isEqualTo("The patrol.");
        test(find(TextField.class).id("edit-demand-note")).setValue("Only the patrol is asked for.");
        test(find(Button.class).id("edit-save")).click();
        test(find(Button.class).id("tension-list-edit-0")).click();
        test(find(RadioButtonGroup.class).id("edit-tension-basis")).selectItem("Our reading");
        test(find(Button.class).id("edit-save")).click();
        assertThat(Rendered.text(find(UnorderedList.class).id("edit-refusals")))
                .isEqualTo("A tension on our reading needs a one-line reason.");
        test(find(TextField.class).id("edit-tension-note")).setValue("We read the two statements together.");
        test(find(Button.class).id("edit-save")).click();

        assertThat(text("demand-list")).contains("met by Joint patrol (our reading: Only the patrol is asked for.)");
        assertThat(text("tension-list")).contains("Troops: No troops are offered. (our reading: We read the two statements together.)");
    }

    @Test
    void a_direction_control_in_an_edited_reason_is_refused_in_the_dialog_and_the_stored_reason_stays() {
        drafted();
        choose("demand-met-by", "Joint patrol");
        test(find(TextArea.class).id("demand-text")).setValue("A joint patrol.");
        test(find(TextField.class).id("demand-note")).setValue("The patrol.");
        test(find(Button.class).id("add-demand")).click();

        test(find(Button.class).id("demand-list-edit-0")).click();
        test(find(TextField.class).id("edit-demand-note")).setValue("<b>The</b> \u202Epatrol.");
        test(find(Button.class).id("edit-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(Rendered.text(find(UnorderedList.class).id("edit-refusals"))).contains("U+202E");
        assertThat(find(TextField.class).id("edit-demand-note").getValue()).isEqualTo("<b>The</b> \u202Epatrol.");
        assertThat(text("demand-list")).contains("(our reading: The patrol.)");
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
