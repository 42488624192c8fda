package org.guaranteelab.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The app shell as a visitor meets it: the packaged jar in production mode, in Chromium. */
@RealBrowserTest
class ShellBrowserTest {

    /** Every page a visitor reaches from the menu; "/" is the scenario builder. */
    static Stream<String> pages() {
        return Stream.of("/", "/source", "/stakeholders");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_opens_in_the_app_shell_with_no_console_errors(String path, AppPage app) {
        var response = app.open(path);

        assertThat(response.status()).as("HTTP status of %s", path).isEqualTo(200);
        assertShell(app);
        assertThat(app.page().getByText("Page not found")).hasCount(0);
        assertThat(app.consoleErrors()).as("console errors on %s", path).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_has_no_serious_accessibility_violations(String path, AppPage app) {
        app.open(path);
        assertShell(app);

        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations on %s", path)
                .isEmpty();
    }

    @Test
    void unknown_address_shows_not_found_with_404(AppPage app) {
        var response = app.open("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertShell(app);
        assertThat(app.page().locator("h1")).hasText("Page not found");
        // Chrome logs every 404 response, the page's own included; that one is expected here.
        assertThat(app.consoleErrors()).as("console errors besides the page's own 404")
                .filteredOn(error -> !(error.contains("status of 404") && error.contains(app.url("/no-such-page"))))
                .isEmpty();
    }

    private static void assertShell(AppPage app) {
        assertThat(app.page().locator(".app-title")).hasText("Guarantee Lab");
        assertThat(app.page().locator("footer.app-footer")).containsText("as of March 11, 2025");
    }
}
