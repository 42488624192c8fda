package org.guaranteelab.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;

/** A teacher's board and three students, each in a browser context of their own, against the packaged jar. */
@RealBrowserTest
class ClassroomBrowserTest {

    // Generous for a shared two-core machine; the 2-second goal is measured by scripts/classroom-burst.sh.
    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(10_000);
    private static final LocatorAssertions.IsVisibleOptions SOON_VISIBLE = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(10_000);

    /**
     * A class end to end: the teacher at 1366 px follows the lesson plan, three students (one on a
     * 390 px phone) submit with reasons, which appear live; lock, present mode, and a CSV that holds
     * exactly the submissions the students saw acknowledged, each with its reason.
     */
    @Test
    void a_class_runs_end_to_end_with_reasons_live_on_the_board_and_the_csv_holding_what_was_acknowledged(
            AppPage teacher, AppPage ana, AppPage ben, AppPage cleo) {
        teacher.page().setViewportSize(1366, 800);
        cleo.page().setViewportSize(390, 844);
        var board = startClass(teacher, "History 11B");
        var code = teacher.page().locator("#join-code").textContent();
        var boardPage = teacher.page();
        boardPage.evaluate("() => window.__notReloaded = true");

        // The lesson plan: the goal, and the timer of the phase the teacher starts, as the projector shows it.
        assertThat(boardPage.locator("#lesson-goal")).containsText(LessonPlan.GOAL);
        boardPage.locator("vaadin-button.lesson-start").nth(1).click();
        assertThat(boardPage.locator("#lesson-phase")).hasText("Build alone or in roles: ");
        assertThat(boardPage.locator("#lesson-timer")).hasText(Pattern.compile("1[12]:\\d\\d left"),
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));

        var students = List.of(ana, ben, cleo);
        var names = List.of("Ana", "Ben", "Cleo");
        var choices = List.of("?nato=bridge&g7", "?nato=bridge&foreign-forces", "?foreign-forces");
        // Hostile reasons, as the scenario notes' tests type them: markup stays text, a formula is defused.
        var reasons = List.of("NATO is what Kyiv asks for </script><img src=x onerror=window.injected=1>",
                "=Troops on the ground deter more than promises.", "Europe's forces, not a treaty, keep the peace.");
        var acknowledged = new ArrayList<String>();
        for (int i = 0; i < students.size(); i++) {
            var student = students.get(i);
            join(student, code, names.get(i));
            student.open(student.page().url() + choices.get(i));
            student.page().locator("#submit-reason textarea").fill(reasons.get(i));
            student.page().locator("#submit-to-class").click();
            var status = student.page().locator("#submit-status");
            assertThat(status).containsText("(your submission 1)", SOON);
            // On the phone too, the confirmation is where the student looks.
            assertThat(status).isInViewport();
            acknowledged.add(names.get(i));
            assertThat(boardPage.locator("#board-status")).containsText((i + 1) + " submitted", SOON);
            assertThat(boardPage.locator("#board-submissions")).containsText(names.get(i), SOON);
            assertThat(boardPage.locator("#board-submissions")).containsText(reasons.get(i), SOON);
        }
        assertThat(boardPage.evaluate("() => window.__notReloaded")).isEqualTo(true);
        assertThat(boardPage.evaluate("() => typeof window.injected")).isEqualTo("undefined");
        assertThat(boardPage.locator("img[onerror]")).hasCount(0);
        assertThat(boardPage.locator("#option-foreign-forces")).containsText("2 of 3");
        assertThat(boardPage.locator("#option-nato")).containsText("2 of 3");

        // Lock: a student's new submission is refused and the board does not change.
        boardPage.locator("#lock-class").click();
        assertThat(boardPage.locator("#class-state")).containsText("Locked", SOON);
        cleo.page().locator("#choice-us-russia-talks").click();
        cleo.awaitServer();
        cleo.page().locator("#submit-to-class").click();
        assertThat(cleo.page().locator("#submit-status")).containsText("Not submitted", SOON);
        assertThat(cleo.page().locator("#submit-status")).isInViewport();
        assertThat(boardPage.locator("#board-status")).containsText("3 submissions in all");

        // Present mode: large type, controls and sidebar gone, names hidden unless the teacher shows them.
        boardPage.locator("#present-mode").click();
        assertThat(boardPage.locator(".board-page.present")).hasCount(1);
        assertThat(boardPage.locator("#lock-class")).isHidden();
        assertThat(boardPage.locator("#board-students")).isHidden();
        assertThat(boardPage.locator("vaadin-app-layout[drawer-opened]")).hasCount(0);
        assertThat(boardPage.locator("#lesson-timer")).isVisible();
        assertThat(boardPage.locator("#board-submissions")).containsText("Student 1", SOON);
        assertThat(boardPage.locator("#board-submissions")).not().containsText("Ana");

        // The export holds exactly the acknowledged submissions, each with its choices and its reason as text.
        var csv = boardPage.request().get(board + "/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        var rows = csvRows(csv.text());
        assertThat(rows).extracting(row -> row.get("display name")).containsExactlyElementsOf(acknowledged);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            assertThat(row.get("submission")).isEqualTo("1");
            assertThat(row.get("latest")).isEqualTo("yes");
            assertThat(row.get("scenario address")).isEqualTo(choices.get(i).substring(1));
            assertThat(row.get("scenario link")).startsWith("http").endsWith(choices.get(i));
            assertThat(row.get("reason")).isEqualTo(i == 1 ? "'" + reasons.get(i) : reasons.get(i));
        }
        assertThat(teacher.consoleErrors()).isEmpty();
        assertThat(ana.consoleErrors()).isEmpty();
        assertThat(cleo.consoleErrors()).isEmpty();
    }

    private static List<CSVRecord> csvRows(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_reload_returns_the_student_to_their_class_with_their_choices(AppPage teacher, AppPage student) {
        startClass(teacher, "Reload");
        join(student, teacher.page().locator("#join-code").textContent(), "Dana");
        student.page().locator("#choice-foreign-forces").click();
        student.awaitServer();
        // The address holds the choices once the server's answer has updated it; reload only then.
        student.page().waitForURL(Pattern.compile(".*foreign-forces.*"));

        student.page().reload();
        student.awaitServer();

        assertThat(student.page().locator("#class-banner")).containsText("You are Dana");
        assertThat(student.page().locator("#choice-foreign-forces")).hasAttribute("checked", "");
    }

    @Test
    void a_student_on_a_phone_keeps_submit_in_view_and_sees_the_confirmation_in_local_time_where_they_look(
            AppPage teacher, AppPage student) {
        teacher.page().setViewportSize(1366, 800);
        student.page().setViewportSize(390, 844);
        startClass(teacher, "Phones");
        join(student, teacher.page().locator("#join-code").textContent(), "Gus");
        student.open(student.page().url() + "?nato=bridge&foreign-forces");
        student.awaitServer();

        assertThat(student.page().locator("#submit-to-class")).isInViewport();
        student.page().locator("#submit-reason textarea").fill("Troops on the ground deter; NATO later.");
        student.page().locator("#submit-to-class").click();

        var status = student.page().locator("#submit-status");
        // No "UTC": the time is in the browser's own zone, which the server learnt from it.
        assertThat(status).hasText(Pattern.compile("Submitted at \\d\\d:\\d\\d \\(your submission 1\\) — you can "
                + "change your choices and submit again\\."), new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(status).isInViewport();
        assertThat(teacher.page().locator("#board-submissions"))
                .containsText("Troops on the ground deter; NATO later.", SOON);
        screenshot(student, "student-phone-390");
        screenshot(teacher, "board-1366");
        teacher.page().locator("#board-heat-map").scrollIntoViewIfNeeded();
        screenshot(teacher, "board-1366-heat-map");
        teacher.page().locator("button:has-text('Start'), vaadin-button.lesson-start").nth(1).click();
        assertThat(teacher.page().locator("#lesson-timer")).hasText(Pattern.compile("1[12]:\\d\\d left"),
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        teacher.page().locator("#present-mode").click();
        assertThat(teacher.page().locator(".board-page.present")).hasCount(1);
        screenshot(teacher, "board-present-1366");
        // As the builder's tests: the page itself never scrolls sideways; a wide table scrolls in its own region.
        assertThat(student.horizontalOverflow()).as("sideways scrolling at 390 px; past the edge: %s",
                student.elementsPastTheRightEdge()).isLessThanOrEqualTo(0);
        assertThat(student.consoleErrors()).isEmpty();
        assertThat(teacher.consoleErrors()).isEmpty();
    }

    @Test
    void a_wrong_code_gets_a_clear_message(AppPage student) {
        student.open("/join");
        student.page().locator("#join-code-field input").fill("2222-2222");
        student.page().locator("#display-name input").fill("Eve");
        student.page().locator("#join").click();

        assertThat(student.page().locator("#join-message")).containsText("no class with this code", SOON);
    }

    @Test
    void the_join_page_and_the_board_have_no_serious_accessibility_violations(AppPage teacher, AppPage student) {
        startClass(teacher, "Accessible");
        var code = teacher.page().locator("#join-code").textContent();
        join(student, code, "Finn");
        student.page().locator("#submit-to-class").click();
        assertThat(teacher.page().locator("#board-status")).containsText("1 submitted", SOON);

        assertThat(teacher.seriousAccessibilityViolations()).as("board").isEmpty();
        // Who joined when, and removing a student: the list, then the dialog.
        teacher.page().locator("#students-details vaadin-details-summary").click();
        assertThat(teacher.page().locator("#board-students")).containsText("Finn", SOON);
        assertThat(teacher.seriousAccessibilityViolations()).as("board with the students listed").isEmpty();
        teacher.page().locator("#board-students .remove-student").click();
        assertThat(teacher.page().locator("#confirm-remove")).isVisible(SOON_VISIBLE);
        // While the dialog fades in, its text is part-transparent, and axe measures that as low contrast.
        teacher.page().waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running')");
        assertThat(teacher.seriousAccessibilityViolations()).as("remove dialog").isEmpty();
        teacher.page().locator("#confirm-remove").click();
        assertThat(teacher.page().locator("#board-status")).containsText("0 students joined · 1 submitted", SOON);
        student.open("/join");
        assertThat(student.seriousAccessibilityViolations()).as("join page").isEmpty();
        student.open("/teach");
        assertThat(student.seriousAccessibilityViolations()).as("start page").isEmpty();
    }

    @Test
    void an_unknown_board_link_and_its_export_are_not_found(AppPage app) {
        var response = app.page().request().get(app.url("/t/AAAAAAAAAAAAAAAAAAAAAA/export.csv"));

        assertThat(response.status()).isEqualTo(404);
        app.open("/t/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(app.page().locator("#class-missing")).isVisible();
    }

    /** Starts a class from the start page and opens its board; returns the board's absolute address. */
    static String startClass(AppPage teacher, String name) {
        teacher.open("/teach");
        teacher.page().locator("#class-name input").fill(name);
        teacher.page().locator("#start-class").click();
        var link = teacher.page().locator("#board-link input");
        link.waitFor();
        var board = link.inputValue();
        teacher.open(board);
        teacher.page().locator("#board-status").waitFor();
        return board;
    }

    /** For a person to look at: target/screenshots/{name}.png, what the screen shows. */
    private static void screenshot(AppPage app, String name) {
        app.page().screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    static void join(AppPage student, String code, String name) {
        student.open("/join?code=" + code);
        student.page().locator("#display-name input").fill(name);
        student.page().locator("#join").click();
        student.page().locator("#class-banner").waitFor();
        student.awaitServer();
    }
}
