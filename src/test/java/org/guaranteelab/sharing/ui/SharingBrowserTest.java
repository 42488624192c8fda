package org.guaranteelab.sharing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.e2e.SavedScenario;
import org.junit.jupiter.api.Test;

/**
 * Saved scenarios in Chromium, against the packaged jar: saving, then the view, edit and remix
 * links as the people who receive them use them, each in a browser of their own.
 */
@RealBrowserTest
class SharingBrowserTest {

    // Option card id → stakeholder id → position, for every chosen option on the page (builder or view).
    private static final String STANCES = """
            () => Object.fromEntries([...document.querySelectorAll('.option-card--chosen')].map(card => [card.id,
                Object.fromEntries([...card.querySelectorAll('li[data-stakeholder]')]
                    .map(item => [item.dataset.stakeholder, item.dataset.position]))]))""";
    // The builder's map: a row per chosen option, a cell per stakeholder who has said anything on one of them.
    private static final String STANCES_ON_MAP = """
            () => Object.fromEntries([...document.querySelectorAll('#stance-map tr[data-option]')].map(row =>
                ['option-' + row.dataset.option, Object.fromEntries([...row.querySelectorAll('td[data-stakeholder]')]
                    .map(cell => [cell.dataset.stakeholder, cell.dataset.position]))]))""";

    @Test
    void a_view_link_shows_the_same_analysis_read_only_in_a_fresh_browser(AppPage author, AppPage reader) {
        var saved = SavedScenario.saveFromBuilder(author, "/?nato=bridge&foreign-forces&sanctions=strengthened",
                "Bridge and pressure", "Troops only with a NATO bridge.");
        var stancesInBuilder = stated(evaluate(author, STANCES_ON_MAP));
        var talliesInBuilder = tallies(author);

        var response = reader.open(saved.viewUrl());

        assertThat(response.status()).isEqualTo(200);
        var page = reader.page();
        assertThat(page.locator("#scenario-heading")).hasText("Bridge and pressure");
        assertThat(page.locator("#scenario-notes")).hasText("Troops only with a NATO bridge.");
        assertThat(page.locator("#scenario-meta")).containsText("version 1 of 1");
        assertThat(stated(stances(reader))).isEqualTo(stancesInBuilder)
                .containsOnlyKeys("option-nato", "option-foreign-forces", "option-sanctions");
        assertThat(stances(reader).get("option-nato")).containsEntry("nato", "offered");
        assertThat(tallies(reader)).isEqualTo(talliesInBuilder).isNotEmpty();
        assertThat(page.locator("[id^=choice-], #save-and-share")).hasCount(0);
        assertThat(reader.consoleErrors()).isEmpty();
    }

    @Test
    void the_edit_link_saves_a_second_version_that_the_view_link_then_shows(AppPage author, AppPage reader) {
        var saved = SavedScenario.saveFromBuilder(author, "/?nato=bridge", "First thoughts", "");
        author.open(saved.editUrl());
        var edit = author.page();
        edit.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Include Bilateral security agreements"))
                .click();
        assertThat(edit.locator("#scenario-status")).containsText("2 options chosen");
        edit.locator("#scenario-title input").fill("Second thoughts");

        edit.locator("#save-version").click();

        assertThat(edit.getByText("Version 2 is the latest.")).isVisible();
        reader.open(saved.viewUrl());
        var view = reader.page();
        assertThat(view.locator("#scenario-heading")).hasText("Second thoughts");
        assertThat(view.locator("#scenario-meta")).containsText("version 2 of 2");
        assertThat(view.locator("#option-bilateral")).isVisible();

        reader.open(saved.viewUrl() + "/1");

        assertThat(view.locator("#scenario-heading")).hasText("First thoughts");
        assertThat(view.locator("#scenario-meta")).containsText("version 1 of 2");
        assertThat(view.locator("#option-bilateral")).hasCount(0);
    }

    @Test
    void a_remix_is_saved_as_a_new_scenario_that_names_its_original(AppPage author, AppPage classmate) {
        var original = SavedScenario.saveFromBuilder(author, "/?nato=bridge&g7", "Original plan", "");
        classmate.open(original.viewUrl());
        var page = classmate.page();

        page.locator("#remix").click();

        assertThat(page.locator("h1")).hasText("Remix “Original plan”");
        assertThat(page.locator("#scenario-status")).containsText("5 options chosen");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Include Foreign forces on Ukrainian soil"))
                .click();
        assertThat(page.locator("#scenario-status")).containsText("6 options chosen");
        var remix = SavedScenario.saveShownScenario(classmate, "My remix", "");

        assertThat(remix.viewUrl()).isNotEqualTo(original.viewUrl());
        classmate.open(remix.viewUrl());
        assertThat(page.locator("#scenario-heading")).hasText("My remix");
        assertThat(page.locator(".scenario-lineage")).containsText("Remixed from “Original plan”");
        assertThat(page.locator("#option-foreign-forces")).isVisible();
        author.open(original.viewUrl());
        assertThat(author.page().locator("#option-foreign-forces")).hasCount(0);
        assertThat(author.page().locator(".scenario-lineage")).containsText("Remixed 1 time.");
    }

    @Test
    void deleting_through_the_edit_link_makes_the_view_link_answer_410_removed(AppPage author, AppPage reader) {
        var saved = SavedScenario.saveFromBuilder(author, "/?us-russia-talks", "Soon gone", "");
        author.open(saved.editUrl());
        var edit = author.page();

        edit.locator("#delete-scenario").click();
        edit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();

        assertThat(edit).hasURL(author.url("/"));
        var response = reader.open(saved.viewUrl());
        assertThat(response.status()).isEqualTo(410);
        assertThat(reader.page().locator("h1")).hasText("This scenario was removed");
        assertThat(reader.page().locator("body")).not().containsText("Soon gone");
        assertThat(reader.open(saved.editUrl()).status()).isEqualTo(410);
    }

    @Test
    void an_unknown_view_link_shows_page_not_found_with_404(AppPage app) {
        var response = app.open("/s/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(response.status()).isEqualTo(404);
        assertThat(app.page().locator("h1")).hasText("Page not found");
    }

    @Test
    void a_title_and_notes_with_markup_show_as_text_on_the_view_link(AppPage author, AppPage reader) {
        var title = "</script><img src=x onerror=window.injected=1>";
        var saved = SavedScenario.saveFromBuilder(author, "/?nato=bridge", title, "<b>not bold</b></script>");

        reader.open(saved.viewUrl());

        var page = reader.page();
        assertThat(page.locator("#scenario-heading")).hasText(title);
        assertThat(page.locator("#scenario-notes")).hasText("<b>not bold</b></script>");
        assertThat(page.evaluate("() => typeof window.injected")).isEqualTo("undefined");
        assertThat(page.locator("img[onerror], #scenario-notes b")).hasCount(0);
        assertThat(reader.consoleErrors()).isEmpty();
    }

    @Test
    void the_view_page_has_no_serious_accessibility_violations(AppPage author, AppPage reader) {
        var saved = SavedScenario.saveFromBuilder(author, "/?nato=fast-track&g7&foreign-forces&sanctions=maintained",
                "Everything at once", "Notes\non two lines.");
        reader.open(saved.viewUrl());
        assertThat(reader.page().locator("#summary")).isVisible();

        assertThat(reader.seriousAccessibilityViolations()).as("serious or critical axe-core violations on the view page")
                .isEmpty();
    }

    @Test
    void the_view_page_works_from_the_keyboard_and_opens_every_quote_for_printing(AppPage author, AppPage reader) {
        var saved = SavedScenario.saveFromBuilder(author, "/?nato=bridge", "Keyboard reader", "");
        reader.open(saved.viewUrl());
        var page = reader.page();

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*#main-content$"));
        var firstQuote = page.locator("#option-nato details.quote-toggle").first();
        var summary = firstQuote.locator("summary");
        summary.focus();
        page.keyboard().press("Enter");
        // France's stance on the bridge rests on two quotes: its minister's words and the article's table.
        assertThat(firstQuote.locator("blockquote").first()).isVisible();
        assertThat(firstQuote.locator(".quote-attribution").first()).containsText("—");

        assertThat(page.locator(".print-button")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        assertThat(page.locator("details.quote-toggle:not([open])")).hasCount(0);
        assertThat(page.locator(".plain-header")).isHidden();
        assertThat(reader.consoleErrors()).isEmpty();
    }

    @Test
    void the_save_dialog_has_no_serious_accessibility_violations_before_or_after_saving(AppPage app) {
        app.open("/?nato=bridge&sanctions=maintained");
        var page = app.page();
        page.locator("#save-and-share").click();
        assertThat(page.locator("#scenario-title input")).isFocused();

        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations, empty dialog")
                .isEmpty();

        page.locator("#scenario-title input").fill("Checked by axe");
        page.locator("#save-scenario").click();
        assertThat(page.locator("#view-link input")).isVisible();

        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations, links shown")
                .isEmpty();
    }

    @Test
    void view_and_edit_links_keep_their_address_out_of_referers_and_search_engines(AppPage author, AppPage reader) {
        var saved = SavedScenario.saveFromBuilder(author, "/?bilateral", "Private enough", "");

        for (var link : List.of(saved.viewUrl(), saved.editUrl())) {
            var headers = reader.open(link).allHeaders();

            assertThat(headers).as(link).containsEntry("referrer-policy", "no-referrer");
            assertThat(headers.get("x-robots-tag")).as(link).contains("noindex");
        }
    }

    private static Map<String, Map<String, String>> stances(AppPage app) {
        return evaluate(app, STANCES);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> evaluate(AppPage app, String script) {
        return (Map<String, Map<String, String>>) app.page().evaluate(script);
    }

    /** The stated positions only: the builder's map leaves out stakeholders with nothing stated on any choice. */
    private static Map<String, Map<String, String>> stated(Map<String, Map<String, String>> stances) {
        var stated = new java.util.TreeMap<String, Map<String, String>>();
        stances.forEach((option, positions) -> {
            var kept = new java.util.TreeMap<String, String>();
            positions.forEach((stakeholder, position) -> {
                if (!"not-stated".equals(position)) {
                    kept.put(stakeholder, position);
                }
            });
            stated.put(option, kept);
        });
        return stated;
    }

    /** Each stakeholder's row in the summary's table: name and counts (folded in the builder, so as text content). */
    private static List<String> tallies(AppPage app) {
        return app.page().locator("#summary .tally-table tbody tr").allTextContents();
    }
}
