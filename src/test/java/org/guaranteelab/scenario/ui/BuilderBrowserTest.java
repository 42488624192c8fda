package org.guaranteelab.scenario.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenario builder in Chromium, against the packaged jar: what a student sees and does. */
@RealBrowserTest
class BuilderBrowserTest {

    /** Every option of the case, NATO and sanctions at their stronger level, the G7 package whole. */
    private static final String ALL_OPTIONS = "/?nato=fast-track&g7&bilateral&multilateral&foreign-forces"
            + "&military-technical-assistance&sanctions=strengthened&europe-steps-up&us-russia-talks";
    // More than the controls, links and quote toggles before the summary's buttons with all options chosen.
    private static final int MAX_KEY_PRESSES = 250;

    // The builder's controls as shown: checked (or partly checked) for a checkbox, the checked level's label for a
    // radio group (its value is an internal key).
    private static final String CONTROL_STATES = """
            () => Object.fromEntries([...document.querySelectorAll('[id^="choice-"], [id^="bundle-"]')]
                .map(control => [control.id, control.localName === 'vaadin-radio-group'
                    ? control.querySelector('vaadin-radio-button[checked] label').textContent
                    : String(control.checked) + (control.indeterminate ? ' (partly)' : '')]))""";
    // The control that has keyboard focus: the Vaadin component around the focused native input, or the link.
    private static final String FOCUSED_CONTROL = """
            () => {
              const focused = document.activeElement;
              if (!focused || focused === document.body) {
                return 'nothing';
              }
              const control = focused.closest(
                  '[id^="choice-"], [id^="bundle-"], vaadin-button, summary, a') || focused;
              return control.localName + (control.id ? '#' + control.id : '');
            }""";
    // Whether Lumo draws its focus ring around the focused checkbox or radio button (part: "checkbox" or "radio").
    private static final String FOCUS_RING_SHOWN = """
            part => {
              const host = document.activeElement.closest('vaadin-checkbox, vaadin-radio-button');
              const box = host && host.shadowRoot.querySelector('[part="' + part + '"]');
              return !!box && host.hasAttribute('focus-ring') && getComputedStyle(box).boxShadow !== 'none';
            }""";

    @Test
    void choosing_options_shows_each_stakeholders_stance_and_updates_the_summary(AppPage app) {
        app.open("/");
        var page = app.page();
        assertThat(status(page)).hasText("No option chosen yet.");
        assertThat(page.locator("#stance-map tr[data-option]")).hasCount(0);

        natoLevel(page, "Bridge toward eventual membership").click();

        assertThat(page.locator("#option-nato")).hasClass(Pattern.compile("\\boption-card--chosen\\b"));
        assertThat(stance(page, "nato", "nato")).hasAttribute("data-position", "offered");
        assertThat(stance(page, "nato", "france")).hasAttribute("data-position", "supports");
        // Russia has said nothing on the NATO path: no column of its own, named in the line beneath the map.
        assertThat(stance(page, "nato", "russia")).hasCount(0);
        assertThat(page.locator("#map-silent")).containsText("Russia");
        assertThat(status(page)).hasText(Pattern.compile("^1 option chosen; "));
        assertThat(tally(page, "nato")).hasText(new String[] {"0", "1", "0", "0", "0", "0"});

        natoLevel(page, "Fast-track membership").click();

        assertThat(stance(page, "nato", "nato")).hasAttribute("data-position", "not-offered");
        assertThat(tally(page, "nato")).hasText(new String[] {"0", "0", "0", "1", "0", "0"});

        include(page, "Foreign forces on Ukrainian soil").click();

        assertThat(status(page)).hasText(Pattern.compile("^2 options chosen; "));
        assertThat(page.locator("#stance-map tr[data-option]")).hasCount(2);
        assertThat(page.locator("#stance-map tr[data-option=foreign-forces] th")).hasText("Foreign forces on Ukrainian soil");
        assertThat(tally(page, "nato")).hasText(new String[] {"0", "0", "0", "1", "0", "1"});
        assertThat(page.locator("#option-bilateral")).not().hasClass(Pattern.compile("\\boption-card--chosen\\b"));
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void the_address_reopens_the_same_scenario_in_a_fresh_browser(AppPage student, AppPage classmate) {
        student.open("/");
        var page = student.page();
        natoLevel(page, "Bridge toward eventual membership").click();
        page.locator("#bundle-g7 input").click();
        include(page, "Foreign forces on Ukrainian soil").click();
        page.locator("#choice-sanctions").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Strengthened"))
                .click();
        assertThat(status(page)).hasText(Pattern.compile("^7 options chosen; "));
        awaitAddress(page, "nato=bridge", "g7", "foreign-forces", "sanctions=strengthened");
        var address = page.url();

        var response = classmate.open(address);

        assertThat(response.status()).isEqualTo(200);
        assertThat(status(classmate.page())).hasText(status(page).textContent());
        var controls = controlStates(classmate);
        assertThat(controls).isEqualTo(controlStates(student))
                .containsEntry("bundle-g7", "true")
                .containsEntry("choice-foreign-forces", "true")
                .containsEntry("choice-bilateral", "false");
        assertThat(controls.get("choice-nato")).isEqualTo("Bridge toward eventual membership");
        assertThat(controls.get("choice-sanctions")).isEqualTo("Strengthened");
        assertThat(classmate.consoleErrors()).isEmpty();
    }

    @Test
    void a_malformed_address_names_what_was_ignored_and_shows_the_rest(AppPage app) {
        var response = app.open("/?nato=sideways&bogus&foreign-forces");

        assertThat(response.status()).isEqualTo(200);
        var page = app.page();
        assertThat(page.locator("h1")).hasText("Build a scenario");
        var notice = page.locator(".address-notice");
        assertThat(notice).isVisible();
        assertThat(notice).containsText("“nato=sideways”: unknown level");
        assertThat(notice).containsText("“bogus”: not an option of this case");
        assertThat(status(page)).hasText(Pattern.compile("^1 option chosen; "));
        assertThat(include(page, "Foreign forces on Ukrainian soil")).isChecked();
        assertThat(page.getByText("Something went wrong")).hasCount(0);
        assertThat(page.getByText("Page not found")).hasCount(0);
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void an_address_with_markup_shows_it_as_text_and_runs_none_of_it(AppPage app) {
        // The notice repeats the parameter; before the fix this ended Vaadin's inline script and ran.
        var response = app.open("/?%3C/script%3E%3Csvg%20onload=window.injected=1%3E");

        assertThat(response.status()).isEqualTo(200);
        var page = app.page();
        assertThat(page.locator(".address-notice")).containsText("</script><svg onload=window.injected=1>");
        assertThat(page.evaluate("() => typeof window.injected")).isEqualTo("undefined");
        assertThat(page.locator("svg[onload]")).hasCount(0);
        assertThat(page.locator("#choice-nato")).isVisible();
        assertThat(app.consoleErrors()).isEmpty();
    }

    @Test
    void every_option_checkbox_is_announced_with_the_option_name(AppPage app) {
        app.open("/");

        // Screen readers announce the native input; "Include" alone would not say what is included.
        for (var option : new String[] {"Foreign forces on Ukrainian soil", "Sanctions on Russia",
                "Bilateral security agreements", "U.S.–Russia talks"}) {
            assertThat(include(app.page(), option)).hasCount(1);
        }
        assertThat(app.page().locator("#choice-nato")).hasAccessibleName("NATO path");
    }

    @Test
    void keyboard_alone_includes_an_option_and_chooses_a_nato_level_with_focus_always_shown(AppPage app) {
        app.open("/");
        var page = app.page();

        moveFocusTo(page, "Tab", "vaadin-checkbox#choice-g7-military-aid");
        assertThat(page.evaluate(FOCUS_RING_SHOWN, "checkbox")).as("focus ring on the checkbox").isEqualTo(true);
        page.keyboard().press("Space");

        assertThat(status(page)).hasText(Pattern.compile("^1 option chosen; "));
        assertThat(include(page, "Military aid")).isChecked();

        // Back up past the bundle checkbox and NATO's source links into the NATO levels.
        moveFocusTo(page, "Shift+Tab", "vaadin-radio-group#choice-nato");
        assertThat(page.evaluate(FOCUS_RING_SHOWN, "radio")).as("focus ring on the radio button").isEqualTo(true);
        page.keyboard().press("ArrowDown");

        assertThat(status(page)).hasText(Pattern.compile("^2 options chosen; "));
        assertThat(natoLevel(page, "Bridge toward eventual membership")).isChecked();
        // NATO offers the bridge and has said nothing on military aid.
        assertThat(tally(page, "nato")).hasText(new String[] {"0", "1", "0", "0", "0", "1"});
        awaitAddress(page, "nato=bridge", "g7-military-aid");

        // Focus is not trapped in the choices: Tab carries on to the map, Shift+Tab back to Save in the bar.
        moveFocusTo(page, "Tab", "button");
        moveFocusTo(page, "Shift+Tab", "vaadin-button#save-and-share");
    }

    @Test
    void a_stances_quote_opens_from_the_keyboard_with_its_speaker_and_its_place_in_the_source(AppPage app) {
        app.open("/?nato=bridge");
        var page = app.page();
        var natoOnNato = page.locator("#map-nato--nato");
        var quote = natoOnNato.locator("blockquote").first();
        assertThat(quote).isHidden();

        stance(page, "nato", "nato").locator("button.map-mark").focus();
        page.keyboard().press("Enter");

        assertThat(quote).isVisible();
        assertThat(natoOnNato.locator(".quote-attribution").first()).containsText("in the source");
        assertThat(natoOnNato.locator("a[href^='source#']").first()).isVisible();
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("no option", "/", "No option chosen yet."),
                Arguments.of("some options", "/?nato=bridge&foreign-forces&sanctions=maintained", "3 options chosen; "),
                Arguments.of("all options", ALL_OPTIONS, "12 options chosen; "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void builder_has_no_serious_accessibility_violations(String scenario, String address, String statusText,
                                                         AppPage app) {
        app.open(address);
        assertThat(status(app.page())).containsText(statusText);

        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations, %s", scenario)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1920})
    void builder_with_every_option_chosen_fits_the_window_width(int width, AppPage app) {
        app.page().setViewportSize(width, 800);
        app.open(ALL_OPTIONS);
        assertThat(status(app.page())).hasText(Pattern.compile("^12 options chosen; "));

        assertThat(app.horizontalOverflow()).as("pixels of sideways scrolling at %d px; past the edge: %s", width,
                app.elementsPastTheRightEdge()).isLessThanOrEqualTo(0);
    }

    @Test
    void on_a_phone_the_opened_count_table_scrolls_by_itself_and_the_keyboard_can_scroll_it(AppPage app) {
        app.page().setViewportSize(360, 800);
        app.open(ALL_OPTIONS);
        app.page().getByText("Count by stakeholder").click();
        var table = app.page().getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Stakeholders' positions"));
        assertThat(table).isVisible();
        assertThat(table.evaluate("region => region.scrollWidth > region.clientWidth")).as("the table is wider than the phone")
                .isEqualTo(true);

        table.focus();
        app.page().keyboard().press("ArrowRight");

        // Chromium scrolls smoothly: the position changes over the next frames, not at once.
        app.page().waitForFunction("region => region.scrollLeft > 0", table.elementHandle());
        assertThat(app.horizontalOverflow()).isLessThanOrEqualTo(0);
        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations at 360 px")
                .isEmpty();
    }

    private static Locator status(Page page) {
        return page.locator("#scenario-status");
    }

    private static Locator natoLevel(Page page, String levelName) {
        return page.locator("#choice-nato").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(levelName));
    }

    private static Locator include(Page page, String optionName) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Include " + optionName)
                .setExact(true));
    }

    private static Locator stance(Page page, String optionId, String stakeholderId) {
        return page.locator("#stance-map tr[data-option=" + optionId + "] td[data-stakeholder=" + stakeholderId + "]");
    }

    /** The stakeholder's counts in the summary: supports, offered, possible, not offered, opposes, not stated. */
    private static Locator tally(Page page, String stakeholderId) {
        return page.locator("#summary tr[data-stakeholder=" + stakeholderId + "] td");
    }

    /**
     * Waits until the address holds exactly these parameters. Their order is not checked: Vaadin's
     * History API rewrites a query through a HashMap, so it is not the case-file order that
     * docs/url-format.md describes.
     */
    private static void awaitAddress(Page page, String... parameters) {
        var expected = Set.of(parameters);
        try {
            page.waitForCondition(() -> addressParameters(page).equals(expected));
        } catch (TimeoutError e) {
            fail("The address %s does not hold exactly %s", page.url(), expected);
        }
    }

    private static Set<String> addressParameters(Page page) {
        var query = URI.create(page.url()).getRawQuery();
        return query == null ? Set.of() : Set.of(query.split("&"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> controlStates(AppPage app) {
        return (Map<String, Object>) app.page().evaluate(CONTROL_STATES);
    }

    /** Presses {@code key} until {@code control} has focus; fails if it never gets there (unreachable or a trap). */
    private static void moveFocusTo(Page page, String key, String control) {
        var path = new StringBuilder();
        for (int presses = 1; presses <= MAX_KEY_PRESSES; presses++) {
            page.keyboard().press(key);
            var focused = (String) page.evaluate(FOCUSED_CONTROL);
            if (focused.equals(control)) {
                return;
            }
            path.append(presses == 1 ? "" : " → ").append(focused);
        }
        fail("%s did not reach %s in %d presses; focus went: %s", key, control, MAX_KEY_PRESSES, path);
    }
}
