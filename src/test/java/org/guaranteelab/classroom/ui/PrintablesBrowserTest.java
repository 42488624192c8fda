package org.guaranteelab.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The student worksheet and the teacher guide, opened from the board and the start page, printed to
 * PDF by Chromium as a teacher's browser would: one A4 sheet each. The screenshots and the PDFs drawn
 * as PNG go to target/screenshots, for a person to look at.
 */
@RealBrowserTest
class PrintablesBrowserTest {

    @Test
    void the_worksheet_opens_from_the_board_by_keyboard_and_prints_on_one_a4_page_with_the_code_and_qr_code(
            AppPage teacher) {
        ClassroomBrowserTest.startClass(teacher, "History 11B");
        var code = teacher.page().locator("#join-code").textContent();
        var page = teacher.page();

        page.locator("#print-worksheet").focus();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/worksheet$"));
        page.waitForLoadState();

        assertThat(page.locator("#worksheet-join-code")).hasText(code);
        assertThat(page.locator(".printable-class")).hasText("Class: History 11B");
        assertThat(page.locator(".worksheet-options tbody th[scope=row]")).hasCount(12);
        assertThat(page.locator(".worksheet-options")).containsText("Fast-track membership");
        assertThat((Boolean) page.evaluate("() => { const qr = document.querySelector('.worksheet-join .qr-code');"
                + " return qr.complete && qr.naturalWidth > 0; }")).as("the QR code is drawn").isTrue();
        assertThat(page.locator(".worksheet-join")).containsText("/join");
        assertKeyboardReachesPrint(teacher);
        assertThat(teacher.seriousAccessibilityViolations()).isEmpty();

        assertThat(printedPages(page, "worksheet")).as("pages of the worksheet").isEqualTo(1);
        assertThat(teacher.consoleErrors()).isEmpty();
    }

    @Test
    void the_teacher_guide_opens_from_the_start_page_and_prints_on_one_a4_page(AppPage teacher) {
        teacher.open("/teach");
        var page = teacher.page();

        page.locator("#print-guide").click();
        page.waitForURL(Pattern.compile(".*/teach/guide$"));
        page.waitForLoadState();

        assertThat(page.locator("#guide-goal")).containsText(LessonPlan.GOAL);
        assertThat(page.locator(".guide-phases tbody tr")).hasCount(LessonPlan.PHASES.size());
        assertThat(page.locator(".guide-phases")).containsText("Compare and debate");
        assertThat(page.locator(".guide-prompts li")).hasCount(4);
        assertKeyboardReachesPrint(teacher);
        assertThat(teacher.seriousAccessibilityViolations()).isEmpty();

        assertThat(printedPages(page, "teacher-guide")).as("pages of the teacher guide").isEqualTo(1);
        assertThat(teacher.consoleErrors()).isEmpty();
    }

    @Test
    void the_board_links_to_the_guide_and_an_unknown_class_has_no_worksheet(AppPage teacher) {
        ClassroomBrowserTest.startClass(teacher, "Links");
        assertThat(teacher.page().locator("#print-guide")).hasAttribute("href", "teach/guide");

        var response = teacher.open("/t/AAAAAAAAAAAAAAAAAAAAAA/worksheet");

        assertThat(response.status()).isEqualTo(404);
        assertThat(teacher.page().locator("h1")).hasText("Class not found");
        assertThat(teacher.page().locator("body.plain-page")).hasCount(1);
    }

    /** Tab from the top of the page reaches the print button, with its focus drawn. */
    private static void assertKeyboardReachesPrint(AppPage app) {
        var page = app.page();
        page.locator("body").focus();
        for (var presses = 0; presses < 15; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("() => document.activeElement.classList.contains('print-button')")) {
                assertThat(page.locator(".print-button")).isVisible();
                assertThat((String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                        .as("focus is shown").isNotEqualTo("none");
                return;
            }
        }
        throw new AssertionError("Tab did not reach the print button");
    }

    /**
     * Prints the page to PDF as Chromium would on A4, keeps the PDF, its first page as PNG and a
     * screenshot in target/screenshots, and returns the number of pages.
     */
    private static int printedPages(Page page, String name) {
        var dir = Path.of("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(dir.resolve(name + ".png")));
        var pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)
                .setPreferCSSPageSize(true).setPath(dir.resolve(name + ".pdf")));
        try (var document = Loader.loadPDF(pdf)) {
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 96);
            Files.createDirectories(dir);
            ImageIO.write(first, "png", dir.resolve(name + "-pdf.png").toFile());
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
