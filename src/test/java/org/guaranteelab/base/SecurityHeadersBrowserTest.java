package org.guaranteelab.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.e2e.SavedScenario;
import org.junit.jupiter.api.Test;

/**
 * The security headers on every page of the packaged jar, and the Content-Security-Policy does not
 * get in Vaadin's way: no violation reported on any page, and the pages still respond to clicks.
 */
@RealBrowserTest
class SecurityHeadersBrowserTest {

    // Chromium reports violations on the console too; the event catches any it might not.
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', event =>
                console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI));""";

    @Test
    void every_page_carries_the_headers_and_breaks_no_rule_of_its_policy(AppPage app) {
        app.page().addInitScript(REPORT_VIOLATIONS);
        var saved = SavedScenario.saveFromBuilder(app, "/?nato=bridge", "Headers", "Notes");
        var pages = List.of("/", "/source", "/stakeholders", "/compare", "/mine", saved.viewUrl(), saved.editUrl(),
                "/compare?a=" + saved.viewToken() + "&b=" + saved.viewToken(), "/no-such-page");

        for (var path : pages) {
            var response = app.open(path);

            assertHeaders(response, path);
        }
        assertThat(app.consoleErrors()).as("console errors, CSP violations among them")
                .filteredOn(error -> !(error.contains("status of 404") && error.contains("/no-such-page")))
                .isEmpty();
    }

    @Test
    void the_builder_still_works_under_the_policy(AppPage app) {
        app.page().addInitScript(REPORT_VIOLATIONS);
        app.open("/");
        var status = app.page().locator("#scenario-status");
        assertThat(status).hasText("No option chosen yet.");

        app.page().locator("#choice-nato").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Bridge toward eventual membership")).click();

        assertThat(status).hasText(Pattern.compile("^1 option chosen; "));
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void the_policy_is_enforced_by_the_browser(AppPage app) {
        app.open("/");

        var blocked = app.page().evaluate("""
                () => new Promise(resolve => {
                  document.addEventListener('securitypolicyviolation', event => resolve(event.violatedDirective));
                  const object = document.createElement('object');
                  object.data = '/favicon.svg';
                  document.body.appendChild(object);
                  setTimeout(() => resolve('nothing blocked'), 5000);
                })""");

        assertThat(blocked).isEqualTo("object-src");
    }

    private static void assertHeaders(Response response, String path) {
        Map<String, String> headers = response.allHeaders();
        assertThat(headers).as(path)
                .containsEntry("content-security-policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer");
    }
}
