package org.guaranteelab.scenario.ui;

import com.microsoft.playwright.Browser;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.Chromium;
import org.guaranteelab.e2e.PackagedApp;

/**
 * How quickly the builder responds, measured in headless Chromium against the packaged jar
 * (production mode). Run by {@code scripts/measure-builder.sh [runs] [warm-ups]}; not part of the build.
 *
 * <p>Both timings are taken inside the page with {@code performance.now()}, so that Playwright's own
 * round trips to the browser are not counted:
 * <ul>
 * <li>first render: from navigation start (the origin of {@code performance.now()}) until a
 *     MutationObserver, installed before the page's own scripts run, first sees {@code #choice-nato}
 *     with a layout box. Measured twice: each load in a fresh browser context, as a first-time
 *     visitor (nothing cached), and loads repeated in one context, as a returning visitor whose
 *     browser has cached Vaadin's scripts.</li>
 * <li>choice to updated summary: from just before an in-page {@code click()} on a checkbox's input
 *     until a MutationObserver sees the text of {@code #scenario-status} change, i.e. a full round trip
 *     to the server and the summary re-rendered, before the browser paints it.</li>
 * </ul>
 */
public final class BuilderTimings {

    /** A scenario of six options, so that every click re-renders a summary with content. */
    private static final String SCENARIO = "/?nato=bridge&g7&sanctions=maintained";
    private static final String TOGGLED = "#choice-foreign-forces input";

    private static final String RECORD_CHOICES_VISIBLE = """
            (() => {
              const seen = () => {
                const choices = document.getElementById('choice-nato');
                if (choices && choices.checkVisibility()) {
                  window.__choicesVisibleAt = performance.now();
                  return true;
                }
                return false;
              };
              const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
              observer.observe(document, {childList: true, subtree: true, attributes: true});
            })();""";
    private static final String CLICK_UNTIL_STATUS_CHANGES = """
            input => new Promise((resolve, reject) => {
              const status = document.getElementById('scenario-status');
              const before = status.textContent;
              let clickedAt;
              const observer = new MutationObserver(() => {
                if (status.textContent !== before) {
                  observer.disconnect();
                  resolve(performance.now() - clickedAt);
                }
              });
              observer.observe(status, {childList: true, characterData: true, subtree: true});
              setTimeout(() => { observer.disconnect(); reject(new Error('no new status within 10 s')); }, 10000);
              clickedAt = performance.now();
              input.click();
            })""";

    private BuilderTimings() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // Optional: a data directory (e.g. one scripts/seed-cases.sh filled) and the id of a published
        // case in it, whose builder's first render is then measured beside the bundled case's.
        var userCase = args.length > 3 ? Optional.of(args[3]) : Optional.<String>empty();
        try (var app = args.length > 2 ? PackagedApp.start(PackagedApp.configuredJar(), Path.of(args[2]), List.of())
                : PackagedApp.start(PackagedApp.configuredJar());
             var chromium = Chromium.launch(Chromium.configuredExecutable())) {
            var browser = chromium.browser();
            for (int i = 0; i < warmUps; i++) {
                firstRender(browser, app.baseUrl(), SCENARIO);
                userCase.ifPresent(id -> firstRender(browser, app.baseUrl(), userCaseScenario(id)));
            }
            var firstRenders = new ArrayList<Double>();
            var userCaseRenders = new ArrayList<Double>();
            // Alternating, so that both see the same load on a shared machine.
            for (int i = 0; i < runs; i++) {
                firstRenders.add(firstRender(browser, app.baseUrl(), SCENARIO));
                userCase.ifPresent(id -> userCaseRenders.add(firstRender(browser, app.baseUrl(), userCaseScenario(id))));
            }
            userCase.ifPresent(id -> System.out.printf(Locale.ROOT, "SUMMARY user case /cases/%s first render, "
                    + "first visit, ms: %s (bundled in the same run: %s)%n", id, Stats.of(userCaseRenders),
                    Stats.of(firstRenders)));
            var returningRenders = new ArrayList<Double>();
            try (var page = new AppPage(browser, app.baseUrl())) {
                page.page().addInitScript(RECORD_CHOICES_VISIBLE);
                for (int i = 0; i < warmUps; i++) {
                    openAndAwaitChoices(page);
                }
                for (int i = 0; i < runs; i++) {
                    returningRenders.add(openAndAwaitChoices(page));
                }
            }
            var choices = new ArrayList<Double>();
            try (var page = new AppPage(browser, app.baseUrl())) {
                page.open(SCENARIO);
                for (int i = 0; i < warmUps; i++) {
                    choiceToSummary(page);
                }
                for (int i = 0; i < runs; i++) {
                    choices.add(choiceToSummary(page));
                }
                if (!page.consoleErrors().isEmpty()) {
                    System.out.println("Console errors during the clicks (the figures may be off): " + page.consoleErrors());
                }
            }
            report(runs, warmUps, firstRenders, returningRenders, choices);
        }
    }

    /** The same scenario on a published copy of the bundled case (seed-cases.sh copies it), so the same options. */
    private static String userCaseScenario(String caseId) {
        return "/cases/" + caseId + SCENARIO.substring(1);
    }

    /** A first-time visitor: a fresh browser context, so nothing is cached. */
    private static double firstRender(Browser browser, URI baseUrl, String scenario) {
        try (var page = new AppPage(browser, baseUrl)) {
            page.page().addInitScript(RECORD_CHOICES_VISIBLE);
            return openAndAwaitChoices(page, scenario);
        }
    }

    private static double openAndAwaitChoices(AppPage page) {
        return openAndAwaitChoices(page, SCENARIO);
    }

    /** Loads the builder anew in this page; a returning visitor's browser has Vaadin's scripts cached. */
    private static double openAndAwaitChoices(AppPage page, String scenario) {
        page.open(scenario);
        page.page().waitForFunction("() => window.__choicesVisibleAt !== undefined");
        return ((Number) page.page().evaluate("() => window.__choicesVisibleAt")).doubleValue();
    }

    private static double choiceToSummary(AppPage page) {
        var millis = ((Number) page.page().locator(TOGGLED).evaluate(CLICK_UNTIL_STATUS_CHANGES)).doubleValue();
        // Let the rest of the round trip (the new address) finish before the next click.
        page.awaitServer();
        return millis;
    }

    private static void report(int runs, int warmUps, List<Double> firstRenders, List<Double> returningRenders,
                               List<Double> choices) {
        System.out.printf(Locale.ROOT, "%nBuilder timings: packaged jar (production mode), headless Chromium, %d CPUs, "
                + "%d warm-up rounds, %d runs each, scenario %s%n", Runtime.getRuntime().availableProcessors(), warmUps,
                runs, SCENARIO);
        var render = Stats.of(firstRenders);
        var returning = Stats.of(returningRenders);
        var choice = Stats.of(choices);
        System.out.println("first render, first visit (navigation start -> #choice-nato visible), ms: " + render);
        System.out.println("first render, returning visitor (scripts cached), ms:                     " + returning);
        System.out.println("choice -> updated summary (click -> #scenario-status changed), ms:        " + choice);
        System.out.printf(Locale.ROOT, "SUMMARY first render median %.0f ms (p95 %.0f), returning visitor %.0f ms (p95 %.0f); "
                + "choice to summary median %.0f ms (p95 %.0f); n=%d%n", render.median(), render.p95(),
                returning.median(), returning.p95(), choice.median(), choice.p95(), runs);
    }

    private record Stats(double median, double p95, double min, double max) {

        static Stats of(List<Double> values) {
            var sorted = values.stream().sorted().toList();
            int n = sorted.size();
            var median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            // Nearest rank: the smallest value that at least 95 % of the runs do not exceed.
            var p95 = sorted.get((int) Math.ceil(0.95 * n) - 1);
            return new Stats(median, p95, sorted.getFirst(), sorted.getLast());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %7.1f  p95 %7.1f  min %7.1f  max %7.1f", median, p95, min, max);
        }
    }
}
