package org.guaranteelab.comparison.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.e2e.SavedScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two saved scenarios side by side in Chromium, against the packaged jar. */
@RealBrowserTest
class CompareBrowserTest {

    // Each row of the choices table: option id, whether it is marked as differing, and what its option cell says of it.
    private static final String CHOICE_ROWS = """
            () => [...document.querySelectorAll('.choices-table tr[data-option]')].map(row => row.dataset.option
                + (row.classList.contains('differs') ? ' marked' : ' unmarked') + ': '
                + row.querySelector('th').lastElementChild.textContent)""";

    private static SavedScenario bridge;
    private static SavedScenario fastTrack;

    /** They differ on NATO's level and on foreign forces, and agree on the G7 package and sanctions. */
    @BeforeAll
    static void saveTwoScenarios(AppPage student) {
        bridge = SavedScenario.saveFromBuilder(student, "/?nato=bridge&g7&sanctions=maintained", "Bridge", "");
        fastTrack = SavedScenario.saveFromBuilder(student,
                "/?nato=fast-track&g7&foreign-forces&sanctions=maintained", "Fast track", "");
    }

    @Test
    void differing_choices_are_marked_and_listed_before_the_shared_ones(AppPage app) {
        var response = app.open(comparison());

        assertThat(response.status()).isEqualTo(200);
        var page = app.page();
        assertThat(page.locator("#compare-problems")).hasCount(0);
        assertThat(page.locator(".choices-table thead")).containsText("A: Bridge");
        assertThat(page.locator(".choices-table thead")).containsText("B: Fast track");
        @SuppressWarnings("unchecked")
        var rows = (List<String>) page.evaluate(CHOICE_ROWS);
        assertThat(rows).hasSize(7);
        assertThat(rows.subList(0, 2)).containsExactlyInAnyOrder(
                "nato marked: ≠ differs", "foreign-forces marked: ≠ differs");
        assertThat(rows.subList(2, rows.size())).containsExactlyInAnyOrder(
                "g7-military-aid unmarked: same", "g7-financial-assistance unmarked: same",
                "g7-intelligence-sharing unmarked: same", "g7-sanctions unmarked: same", "sanctions unmarked: same");
        assertThat(page.locator(".choices-table tr[data-option=nato]")).containsText("Fast-track membership");
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void on_a_phone_the_comparison_does_not_scroll_sideways(AppPage app) {
        app.page().setViewportSize(360, 800);

        app.open(comparison());

        assertThat(app.page().locator(".choices-table")).isVisible();
        assertThat(app.horizontalOverflow()).as("pixels of sideways scrolling at 360 px; past the edge: %s",
                app.elementsPastTheRightEdge()).isLessThanOrEqualTo(0);
        assertThat(app.elementsPastTheRightEdge()).as("nothing cut off at 360 px, not even inside a scrolling region")
                .isEmpty();
    }

    /**
     * Issue 17: the scenarios saved in this browser are offered on the Compare page; two picked, they are
     * compared with nothing cut off at a laptop's and a phone's width, and nothing serious for axe-core.
     */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void two_scenarios_picked_from_my_scenarios_are_compared_with_nothing_cut_off(int width, AppPage app) {
        SavedScenario.saveFromBuilder(app, "/?nato=bridge&foreign-forces&sanctions=maintained", "Bridge and troops", "");
        SavedScenario.saveFromBuilder(app, "/?nato=fast-track&g7&sanctions=strengthened", "Fast track and G7", "");
        var page = app.page();
        page.setViewportSize(width, width > 1000 ? 800 : 844);

        app.open("/compare");
        page.locator("#compare-mine-list vaadin-checkbox", new Page.LocatorOptions().setHasText("Bridge and troops")).click();
        page.locator("#compare-mine-list vaadin-checkbox", new Page.LocatorOptions().setHasText("Fast track and G7")).click();
        page.locator("#compare-mine-button").click();

        assertThat(page.locator(".choices-table")).isVisible();
        app.awaitServer();
        assertThat(page.locator(".compare-column-header h2")).hasText(new String[] {
                "A: Fast track and G7", "B: Bridge and troops"});
        assertThat(page.locator(".compare-map")).hasCount(2);
        assertThat(page.locator(".compare-map tr.map-row--differs[data-option=nato]")).hasCount(2);
        assertThat(page.locator("#compare-stakeholders .stakeholder-mark").first()).isVisible();
        // For a person to look at: the app layout scrolls its content, so one shot per part, in view.
        var parts = new String[] {".compare-page h1", ".choices-table", ".compare-map[data-column=A]",
                ".compare-map[data-column=B]", "#compare-stakeholders"};
        for (int part = 0; part < parts.length; part++) {
            page.locator(parts[part]).first().evaluate("element => element.scrollIntoView()");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "compare-mine-" + width + "-" + part + ".png")));
        }
        assertThat(app.elementsPastTheRightEdge()).as("elements cut off at the right edge at %d px", width).isEmpty();
        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations at %d px", width)
                .isEmpty();
        page.locator(".compare-map[data-column=A] tr[data-option=nato] button.map-mark").first().click();
        assertThat(page.locator(".compare-map[data-column=A] [popover]:popover-open")).hasCount(1);
        assertThat(app.consoleErrors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280})
    void the_comparison_has_no_serious_accessibility_violations(int width, AppPage app) {
        app.page().setViewportSize(width, 800);

        app.open(comparison());

        assertThat(app.page().locator(".choices-table")).isVisible();
        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations at %d px", width)
                .isEmpty();
    }

    /** A as pasted from the dialog (the whole view link), B as just its token: the page takes both. */
    private static String comparison() {
        return "/compare?a=" + URLEncoder.encode(bridge.viewUrl(), StandardCharsets.UTF_8) + "&b=" + fastTrack.viewToken();
    }
}
