package org.guaranteelab.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.Chromium;
import org.guaranteelab.e2e.PackagedApp;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A student's page while the server dies and comes back: the packaged jar is killed (SIGKILL) and
 * started again on the same port and database, with the student's tab left open. Runs its own app,
 * since the other browser tests share one that must stay up.
 */
@RealBrowserTest
class StudentRestartBrowserTest {

    // Starting the jar takes up to a minute or two on a shared two-core machine; the page waits for it.
    private static final double RESTART_MILLIS = 180_000;
    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30_000);

    @Test
    void a_students_unsubmitted_choices_name_and_class_survive_a_server_restart() {
        var app = PackagedApp.start(PackagedApp.configuredJar());
        try (var chromium = Chromium.launch(Chromium.configuredExecutable());
             var teacher = new AppPage(chromium.browser(), app.baseUrl());
             var student = new AppPage(chromium.browser(), app.baseUrl())) {
            var board = ClassroomBrowserTest.startClass(teacher, "Restart");
            ClassroomBrowserTest.join(student, teacher.page().locator("#join-code").textContent(), "Dana");
            var page = student.page();
            page.locator("#choice-foreign-forces").click();
            page.locator("#submit-to-class").click();
            assertThat(page.locator("#submit-status")).containsText("(your submission 1)", SOON);
            // Chosen after the submission, not submitted: only the address holds it.
            page.locator("#choice-bilateral").click();
            student.awaitServer();
            page.waitForURL(Pattern.compile(".*bilateral.*"));
            page.evaluate("() => window.__beforeRestart = true");

            app = app.killAndRestart();

            // The open tab finds the new server by itself and loads the student's page again.
            page.waitForFunction("() => !window.__beforeRestart && !!document.getElementById('class-banner')",
                    null, new Page.WaitForFunctionOptions().setTimeout(RESTART_MILLIS));
            student.awaitServer();
            assertThat(page.locator("#class-banner")).containsText("You are Dana");
            assertThat(page.locator("#choice-foreign-forces")).hasAttribute("checked", "");
            assertThat(page.locator("#choice-bilateral")).hasAttribute("checked", "");
            assertThat(page.locator("#submit-status")).containsText("Your submission 1");

            page.locator("#submit-to-class").click();
            assertThat(page.locator("#submit-status")).containsText("(your submission 2)", SOON);
            var csv = teacher.page().request().get(board + "/export.csv").text();
            assertThat(csv).contains("Dana,,2,yes").contains("bilateral&foreign-forces");
        } finally {
            app.close();
        }
    }
}
