package org.guaranteelab.scenario.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.Chromium;
import org.guaranteelab.e2e.PackagedApp;
import org.guaranteelab.e2e.SavedScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case other than the bundled one, in Chromium against the packaged jar: the jar is started with the
 * test's PublishedCases bean and the fictional case added to its class path, as if a teacher had
 * published it, since the jar ships no such case.
 */
class PublishedCaseBrowserTest {

    @TempDir
    static Path extras;

    private static PackagedApp app;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(Chromium.configuredExecutable()) || Boolean.getBoolean("e2e.required"),
                "Real-browser tests skipped: no Chromium");
        copy("org/guaranteelab/catalog/TestCases.class");
        copy("test-cases/harbour-test.yaml");
        app = PackagedApp.startWith(PackagedApp.configuredJar(), extras);
        chromium = Chromium.launch(Chromium.configuredExecutable());
    }

    private static void copy(String path) throws IOException {
        var target = extras.resolve(path);
        Files.createDirectories(target.getParent());
        Files.copy(Path.of("target/test-classes").resolve(path), target);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_scenario_built_on_a_published_case_opens_from_its_view_link_in_a_fresh_browser() {
        try (var author = new AppPage(chromium.browser(), app.baseUrl());
             var reader = new AppPage(chromium.browser(), app.baseUrl())) {
            author.open("/cases/harbour-test");
            var page = author.page();
            assertThat(page.locator("#case-banner")).containsText("Lantern Strait");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Include Patrol boats")).click();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Large toll")).click();
            assertThat(page.locator("#scenario-status")).containsText("2 options chosen");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases/harbour-test\\?.*toll=large.*"));

            var saved = SavedScenario.saveShownScenario(author, "Boats and a large toll", "");
            reader.open(saved.viewUrl().replaceFirst("^https?://[^/]+", ""));

            var view = reader.page();
            assertThat(view.locator("#scenario-heading")).hasText("Boats and a large toll");
            assertThat(view.locator("#option-toll")).containsText("a large one would not");
            assertThat(view.locator("#option-patrols")).isVisible();
            assertThat(author.consoleErrors()).isEmpty();
            assertThat(reader.consoleErrors()).isEmpty();
            assertThat(author.seriousAccessibilityViolations()).isEmpty();
        }
    }
}
