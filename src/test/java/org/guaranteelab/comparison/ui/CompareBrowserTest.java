package org.guaranteelab.comparison.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
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

    // Each row of the choices table: option id, whether it is marked as differing, and its last cell.
    private static final String CHOICE_ROWS = """
            () => [...document.querySelectorAll('.choices-table tr[data-option]')].map(row => row.dataset.option
                + (row.classList.contains('differs') ? ' marked' : ' unmarked') + ': ' + row.lastElementChild.textContent)""";

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
        assertThat(page.locator("tr[data-option=nato]")).containsText("Fast-track membership");
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void on_a_phone_the_comparison_does_not_scroll_sideways(AppPage app) {
        app.page().setViewportSize(360, 800);

        app.open(comparison());

        assertThat(app.page().locator(".choices-table")).isVisible();
        assertThat(app.horizontalOverflow()).as("pixels of sideways scrolling at 360 px; past the edge: %s",
                app.elementsPastTheRightEdge()).isLessThanOrEqualTo(0);
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
