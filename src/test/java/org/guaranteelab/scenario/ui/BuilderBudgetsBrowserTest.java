package org.guaranteelab.scenario.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.scenario.RandomScenarios;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builder's budgets (issue 17) in Chromium at a laptop's and a phone's window: page height in window
 * heights empty and with every option chosen, Save in view at the top and the bottom, Tabs to Save, the skip
 * link, the keyboard-only path from a choice to a quote to the save dialog, axe-core, and the map Chromium
 * draws for seeded random scenarios against the analysis. Each run logs its
 * figures ("builder budgets: ...") and leaves full-page screenshots in target/screenshots/.
 * Run: {@code ./mvnw -o -DskipTests package && ./mvnw -o -q test -Dtest=BuilderBudgetsBrowserTest}
 */
@RealBrowserTest
class BuilderBudgetsBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(BuilderBudgetsBrowserTest.class);
    private static final String ALL_OPTIONS = "/?nato=fast-track&g7&bilateral&multilateral&foreign-forces"
            + "&military-technical-assistance&sanctions=strengthened&europe-steps-up&us-russia-talks";
    private static final String SOME_OPTIONS = "/?nato=bridge&foreign-forces&sanctions=maintained";
    private static final int MAX_TABS = 15;
    // Whether an element is inside the window and is what a click at its centre would hit (not covered).
    private static final String IN_VIEW = """
            element => {
              const box = element.getBoundingClientRect();
              const x = box.left + box.width / 2, y = box.top + box.height / 2;
              if (box.width === 0 || y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) {
                return false;
              }
              const hit = document.elementFromPoint(x, y);
              return !!hit && (element === hit || element.contains(hit) || hit.closest('vaadin-button') === element);
            }""";
    private static final String FOCUSED = """
            () => {
              const focused = document.activeElement;
              const control = focused && focused.closest('[id^="choice-"], [id^="bundle-"], vaadin-button, a, button');
              return control ? control.localName + (control.id ? '#' + control.id : '')
                  + (control.classList.contains('skip-link') ? '.skip-link' : '') : 'nothing';
            }""";

    // The element that scrolls the page: Vaadin's app layout scrolls its content, not the document.
    private static final String SCROLLER = """
            () => {
              const all = [];
              const walk = root => root.querySelectorAll('*').forEach(element => {
                all.push(element);
                if (element.shadowRoot) {
                  walk(element.shadowRoot);
                }
              });
              walk(document);
              return all.find(element => element.scrollHeight > element.clientHeight + 1
                  && /(auto|scroll)/.test(getComputedStyle(element).overflowY)) || document.scrollingElement;
            }""";

    static Stream<Arguments> windows() {
        // width, height, budget in window heights empty, and with every option chosen
        return Stream.of(Arguments.of(1366, 800, 1.5, 3.0), Arguments.of(390, 844, 2.5, 6.0));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("windows")
    void the_builder_keeps_to_its_height_budgets_and_save_stays_in_view(int width, int height, double emptyBudget,
                                                                        double fullBudget, AppPage app) {
        var page = app.page();
        page.setViewportSize(width, height);

        app.open("/");
        assertThat(page.locator("#scenario-status")).hasText("No option chosen yet.");
        var empty = windowHeights(page);
        var saveEmpty = saveInViewAtTopAndBottom(page);
        var tabs = tabsToSave(page);
        screenshot(page, "builder-empty-" + width);

        app.open(ALL_OPTIONS);
        assertThat(page.locator("#scenario-status")).hasText(Pattern.compile("^12 options chosen; "));
        var full = windowHeights(page);
        var saveFull = saveInViewAtTopAndBottom(page);
        var tabsFull = tabsToSave(page);
        screenshot(page, "builder-all-" + width);

        log.info("builder budgets at {}x{}: empty {} window heights (budget {}), all options {} (budget {}); "
                        + "Save in view top and bottom: empty {}, all {}; Tabs to Save: empty {}, all {} (budget {})",
                width, height, round(empty), emptyBudget, round(full), fullBudget, saveEmpty, saveFull, tabs, tabsFull,
                MAX_TABS);
        assertThat(empty).as("window heights, empty").isLessThanOrEqualTo(emptyBudget);
        assertThat(full).as("window heights, every option").isLessThanOrEqualTo(fullBudget);
        assertThat(saveEmpty).as("Save in view at top and bottom, empty").isTrue();
        assertThat(saveFull).as("Save in view at top and bottom, every option").isTrue();
        assertThat(tabs).as("Tabs from the top to Save, empty").isBetween(1, MAX_TABS);
        assertThat(tabsFull).as("Tabs from the top to Save, every option").isBetween(1, MAX_TABS);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("windows")
    void keyboard_alone_skips_to_the_choices_builds_opens_a_quote_on_the_map_and_saves(int width, int height,
                                                                                       double emptyBudget,
                                                                                       double fullBudget,
                                                                                       AppPage app) {
        var page = app.page();
        page.setViewportSize(width, height);
        app.open("/");

        pressUntil(page, "Tab", "a.skip-link");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => !!document.activeElement.closest('#choices')"))
                .as("the first Tab after the skip link lands in the choices").isEqualTo(true);
        pressUntil(page, "Tab", "vaadin-checkbox#choice-military-technical-assistance");
        page.keyboard().press("Space");
        assertThat(page.locator("#scenario-status")).hasText(Pattern.compile("^1 option chosen; "));

        // The map's cell for Ukraine on more military-technical assistance: reached by Tab, opened with Enter.
        pressUntil(page, "Tab", "button");
        assertThat(page.evaluate("() => document.activeElement.closest('td').dataset.stakeholder")).isEqualTo("ukraine");
        page.keyboard().press("Enter");
        var popover = page.locator("#map-military-technical-assistance--ukraine");
        assertThat(popover).isVisible();
        assertThat(popover.locator("blockquote").first()).isVisible();
        assertThat(popover.locator(".quote-attribution").first()).containsText("Oleksandr Merezhko");
        assertThat(popover.locator("a[href^='source#']").first()).isVisible();
        screenshot(page, "builder-quote-" + width);
        page.keyboard().press("Escape");
        assertThat(popover).isHidden();

        page.keyboard().press("Shift+Tab");
        pressUntil(page, "Shift+Tab", "vaadin-button#save-and-share");
        page.keyboard().press("Enter");
        assertThat(page.locator("#scenario-title input")).isFocused();
        page.keyboard().type("Built by keyboard");
        pressUntil(page, "Tab", "vaadin-button#save-scenario");
        page.keyboard().press("Enter");
        assertThat(page.locator("#view-link input")).isVisible();
        assertThat(app.consoleErrors()).isEmpty();
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(Arguments.of("/", 390), Arguments.of(SOME_OPTIONS, 390), Arguments.of(ALL_OPTIONS, 390),
                Arguments.of("/", 1366), Arguments.of(SOME_OPTIONS, 1366), Arguments.of(ALL_OPTIONS, 1366));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("scenarios")
    void the_builder_has_no_serious_accessibility_violations_on_a_phone_with_a_quote_open(String address, int width,
                                                                                          AppPage app) {
        app.page().setViewportSize(width, 844);
        app.open(address);
        var firstMark = app.page().locator("#stance-map button.map-mark").first();
        if (firstMark.count() > 0) {
            firstMark.click();
        }

        assertThat(app.seriousAccessibilityViolations()).as("serious or critical axe-core violations").isEmpty();
        app.page().setViewportSize(360, 844);
        assertThat(app.horizontalOverflow()).as("sideways scrolling at 360 px; past the edge: %s",
                app.elementsPastTheRightEdge()).isLessThanOrEqualTo(0);
    }

    static Stream<Arguments> seededScenarios() {
        // Six of the shared seeds at each width: the browserless test covers forty; this checks what Chromium draws.
        return Stream.of(1366, 390).flatMap(width -> RandomScenarios.seeds().limit(6).map(seed -> Arguments.of(width, seed)));
    }

    @ParameterizedTest(name = "{0} px, seed {1}")
    @MethodSource("seededScenarios")
    void the_map_chromium_draws_matches_the_analysis_for_seeded_random_scenarios(int width, long seed, AppPage app) {
        var theCase = new CaseCatalog().defaultCase();
        var choices = RandomScenarios.choices(theCase, seed);
        var analysis = ScenarioAnalysis.of(theCase, choices);
        app.page().setViewportSize(width, 844);
        app.open("/?" + ScenarioAddress.encode(theCase, choices));

        var map = app.page().locator("#stance-map");
        assertThat(map.locator("tr[data-option]").evaluateAll("rows => rows.map(row => row.dataset.option)"))
                .as("the map's rows, seed %d", seed)
                .isEqualTo(analysis.chosen().stream().map(chosen -> chosen.option().id()).toList());
        for (var chosen : analysis.chosen()) {
            for (var stance : chosen.stances()) {
                var cell = map.locator("tr[data-option='" + chosen.option().id() + "'] td[data-stakeholder='"
                        + stance.stakeholder().id() + "']");
                if (cell.count() == 0) {
                    // No column: the stakeholder is named among those with nothing stated on any choice.
                    assertThat(stance.position()).as("seed %d: %s on %s", seed, stance.stakeholder().id(), chosen.label())
                            .isEqualTo(Position.NOT_STATED);
                    assertThat(map.locator("#map-silent [data-stakeholder='" + stance.stakeholder().id() + "']").count())
                            .as("seed %d: %s named as silent", seed, stance.stakeholder().id()).isEqualTo(1);
                } else {
                    assertThat(cell.getAttribute("data-position")).as("seed %d: %s on %s", seed,
                            stance.stakeholder().id(), chosen.label()).isEqualTo(stance.position().code());
                    // The position is there as words for a screen reader, not only as an icon and a colour.
                    var button = cell.locator("button.map-mark");
                    var words = button.count() > 0 ? button.getAttribute("aria-label") : cell.textContent();
                    assertThat(words).as("seed %d: %s on %s", seed, stance.stakeholder().id(), chosen.label())
                            .contains(stance.position().label());
                }
            }
        }
    }

    /** The page's whole height (what scrolls, plus what stays put around it) in window heights. */
    private static double windowHeights(Page page) {
        return ((Number) page.evaluateHandle(SCROLLER).evaluate(
                "s => (s.scrollHeight + window.innerHeight - s.clientHeight) / window.innerHeight")).doubleValue();
    }

    private static void scrollTo(Page page, String where) {
        page.evaluateHandle(SCROLLER).evaluate("(s, where) => { s.scrollTop = where === 'top' ? 0 : s.scrollHeight; }",
                where);
        page.waitForTimeout(100);
    }

    private static boolean saveInViewAtTopAndBottom(Page page) {
        var save = page.locator("#save-and-share");
        scrollTo(page, "top");
        var top = (Boolean) save.evaluate(IN_VIEW);
        scrollTo(page, "bottom");
        var bottom = (Boolean) save.evaluate(IN_VIEW);
        scrollTo(page, "top");
        return top && bottom;
    }

    /** Presses Tab from the top of the page until Save has focus; -1 if it never does within 100 presses. */
    private static int tabsToSave(Page page) {
        scrollTo(page, "top");
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        page.locator("body").focus();
        for (int presses = 1; presses <= 100; presses++) {
            page.keyboard().press("Tab");
            if ("vaadin-button#save-and-share".equals(page.evaluate(FOCUSED))) {
                return presses;
            }
        }
        return -1;
    }

    private static void pressUntil(Page page, String key, String target) {
        for (int presses = 1; presses <= 200; presses++) {
            page.keyboard().press(key);
            if (page.evaluate(FOCUSED).equals(target)) {
                return;
            }
        }
        throw new AssertionError(key + " never reached " + target);
    }

    /** The window as it is, and the whole page (the window made as tall as the page) for looking at. */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
        var size = page.viewportSize();
        page.setViewportSize(size.width, (int) Math.ceil(windowHeights(page) * size.height));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-whole.png")));
        page.setViewportSize(size.width, size.height);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
