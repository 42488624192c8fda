package org.guaranteelab.catalog.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Following a quote's passage link, in Chromium against the packaged jar, on a desktop and a phone. */
@RealBrowserTest
class PassageLinkBrowserTest {

    // Whether the passage is in the window (its top between the sticky navbar and the bottom) and marked
    // as the one followed, by more than colour: a bar at its side.
    private static final String IN_VIEW_AND_MARKED = """
            id => {
              const passage = document.getElementById(id);
              if (!passage) { return 'no passage ' + id; }
              const box = passage.getBoundingClientRect();
              const marked = passage.matches('.passage[data-followed], :target')
                  && parseFloat(getComputedStyle(passage).borderInlineStartWidth) >= 3;
              return (box.top >= 0 && box.top < window.innerHeight * 0.6 ? 'in view' : 'out of view at ' + Math.round(box.top))
                  + (marked ? ', marked' : ', not marked');
            }""";

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 800", "390, 844"})
    void a_passage_address_opened_cold_shows_the_passage_marked(int width, int height, AppPage app) {
        var page = app.page();
        page.setViewportSize(width, height);

        app.open("/source#uk-healey");

        assertInViewAndMarked(page, "uk-healey");
        assertThat(page.locator("#uk-healey .passage-number")).hasText("¶9");
        assertThat(app.seriousAccessibilityViolations()).isEmpty();
        assertThat(app.consoleErrors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 800", "390, 844"})
    void a_quotes_passage_link_from_the_builder_shows_the_passage_marked(int width, int height, AppPage app) {
        var page = app.page();
        page.setViewportSize(width, height);
        app.open("/?europe-steps-up");

        page.locator("#stance-map tr[data-option=europe-steps-up] td[data-stakeholder=united-kingdom] button.map-mark")
                .click();
        var stance = page.locator("#map-europe-steps-up--united-kingdom");
        var link = stance.locator(".quote-attribution a").first();
        assertThat(link).hasText("in the source, ¶9");

        assertThat(app.seriousAccessibilityViolations()).as("the builder with a quote and its copy-citation button open")
                .isEmpty();
        link.click();

        page.waitForURL(Pattern.compile(".*/source#uk-healey$"));
        app.awaitServer();
        assertInViewAndMarked(page, "uk-healey");
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void copy_citation_puts_title_date_passage_number_and_quote_on_the_clipboard(AppPage app) {
        var page = app.page();
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(app.url("/").replaceAll("/$", "")));
        app.open("/?europe-steps-up");
        page.locator("#stance-map tr[data-option=europe-steps-up] td[data-stakeholder=united-kingdom] button.map-mark")
                .click();
        var stance = page.locator("#map-europe-steps-up--united-kingdom");

        var copy = stance.locator("button.copy-citation").last();
        copy.click();

        assertThat(copy).hasText("citation copied");
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo("“On stepping up for Ukraine, we are "
                + "and we will. On stepping up for european security, we are and we will.” — John Healey. In “Trump, Putin "
                + "Propose Ukraine Peace Plan”, as of March 11, 2025, ¶9.");
    }

    private static void assertInViewAndMarked(Page page, String passageId) {
        page.waitForFunction("id => document.getElementById(id) && document.getElementById(id).matches('.passage[data-followed], :target')",
                passageId);
        // Smooth scrolling is off, but layout may still settle for a frame.
        page.waitForTimeout(100);
        assertThat(page.evaluate(IN_VIEW_AND_MARKED, passageId)).isEqualTo("in view, marked");
    }
}
