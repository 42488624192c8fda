package org.guaranteelab.classroom.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guaranteelab.base.SourceNotice;
import org.guaranteelab.base.ui.PlainPage;
import org.guaranteelab.base.ui.QrCodeImage;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.classroom.ClassInfo;
import org.guaranteelab.classroom.ClassSubmission;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.JoinCodes;
import org.jsoup.nodes.Element;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The lesson on paper: a one-page student worksheet for a class (its options, room for reasons, the
 * join code and QR code) and a one-page teacher guide. Plain pages written by the server, like view
 * links (docs/decisions/0009): they are printed, not used, and a printer needs no client engine. Each
 * is one A4 sheet, which PrintablesBrowserTest checks by printing them to PDF.
 */
@Controller
class Printables {

    static final String GUIDE_PATH = "teach/guide";

    private final ClassroomService classrooms;
    private final CaseCatalog catalog;
    private final SourceNotice sourceNotice;

    Printables(ClassroomService classrooms, CaseCatalog catalog, SourceNotice sourceNotice) {
        this.classrooms = classrooms;
        this.catalog = catalog;
        this.sourceNotice = sourceNotice;
    }

    /** Where a class's worksheet is, relative to the app's root: under the board link, which only the teacher has. */
    static String worksheetPath(String boardToken) {
        return "t/" + boardToken + "/worksheet";
    }

    @GetMapping(path = "/t/{token}/worksheet", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> worksheet(@PathVariable String token, HttpServletRequest request) {
        var root = request.getContextPath() + "/";
        // An expired class takes no more joins: a worksheet with its code would send students nowhere.
        return classrooms.board(token).filter(info -> !info.expired())
                .map(info -> page(HttpStatus.OK, worksheetPage(root, info)))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, classNotFound(root)));
    }

    @GetMapping(path = "/" + GUIDE_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> guide(HttpServletRequest request) {
        return page(HttpStatus.OK, guidePage(request.getContextPath() + "/"));
    }

    private PlainPage worksheetPage(String root, ClassInfo info) {
        var theCase = catalog.builtOn(info.caseId());
        var page = new PlainPage(root, "Worksheet: " + info.name() + " · Guarantee Lab", sourceNotice);
        var main = page.main().addClass("printable").addClass("worksheet");
        printBar(main, "Print the worksheet");
        var top = main.appendElement("div").addClass("printable-top");
        var heading = top.appendElement("div");
        heading.appendElement("h1").text("Your scenario: " + theCase.name());
        heading.appendElement("p").addClass("printable-class").text("Class: " + info.name());
        heading.appendElement("p").addClass("write-in").text("Your name:");
        var join = top.appendElement("div").addClass("worksheet-join");
        var joinBase = ServletUriComponentsBuilder.fromCurrentContextPath().path("/join").toUriString();
        var words = join.appendElement("p");
        words.appendText("Join at ").appendElement("strong").text(joinBase);
        words.appendElement("br");
        words.appendText("with the code ").appendElement("strong").addClass("join-code").id("worksheet-join-code")
                .text(JoinCodes.display(info.joinCode()));
        join.appendElement("img").addClass("qr-code")
                .attr("src", QrCodeImage.dataUri(joinBase + "?code=" + info.joinCode()))
                .attr("alt", "QR code of the join address with the class code");

        main.appendElement("p").addClass("printable-lead").text("Tick each option you would put in a guarantee for "
                + "Ukraine, and note in a few words why: what someone in the source said that makes you take it or "
                + "leave it out. Where an option has levels, tick one. Then enter the same choices on your phone and "
                + "submit them with your reason.");
        options(main, theCase);
        var why = main.appendElement("div").addClass("worksheet-why");
        why.appendElement("h2").text("Why I chose this");
        why.appendElement("p").addClass("printable-hint").text("The reason you will type when you submit (up to "
                + ClassSubmission.REASON_LENGTH + " characters): which party's words weighed most, and what your "
                + "scenario still leaves open.");
        writingLines(why, 3);
        return page;
    }

    private static void options(Element main, Case theCase) {
        var table = main.appendElement("table").addClass("worksheet-options");
        table.appendElement("caption").addClass("sr-only").text("The options of the scenario");
        var head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Option");
        head.appendElement("th").attr("scope", "col").text("In my scenario?");
        head.appendElement("th").attr("scope", "col").text("Why, in a few words");
        for (var group : theCase.groups()) {
            var body = table.appendElement("tbody");
            body.appendElement("tr").addClass("worksheet-group").appendElement("th").attr("colspan", "3")
                    .attr("scope", "colgroup").text(group.name());
            for (var option : group.options()) {
                var row = body.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(option.name());
                tickBoxes(row.appendElement("td").addClass("worksheet-tick"), option);
                row.appendElement("td").addClass("worksheet-reason");
            }
        }
    }

    /** An empty box to tick with a pen, or one per level where the option is chosen at a level. */
    private static void tickBoxes(Element cell, GuaranteeOption option) {
        if (!option.hasLevels()) {
            cell.appendElement("span").addClass("tick-box").attr("aria-hidden", "true");
            cell.appendElement("span").text("yes");
            return;
        }
        for (var level : option.levels()) {
            var line = cell.appendElement("span").addClass("tick-level");
            line.appendElement("span").addClass("tick-box").attr("aria-hidden", "true");
            line.appendElement("span").text(level.name());
        }
    }

    private PlainPage guidePage(String root) {
        var page = new PlainPage(root, "Teacher guide: a 45-minute lesson · Guarantee Lab", sourceNotice);
        var main = page.main().addClass("printable").addClass("teacher-guide");
        printBar(main, "Print the guide");
        main.appendElement("h1").text("Teacher guide: a 45-minute lesson with Guarantee Lab");
        var goal = main.appendElement("p").addClass("guide-goal").id("guide-goal");
        goal.appendElement("strong").text("Learning goal: ");
        goal.appendText(LessonPlan.GOAL);

        main.appendElement("h2").text("Before the lesson (5 minutes)");
        var before = main.appendElement("ol").addClass("guide-steps");
        before.appendElement("li").appendText("Start a class under “Run a class”. Keep the board link: it is "
                + "yours alone and opens the board on any device.");
        before.appendElement("li").appendText("Print one worksheet per student from the board (“Print the student "
                + "worksheet”): it carries the join code and a QR code.");
        before.appendElement("li").appendText("Open the board on the projector and choose “Present mode”: no menus, "
                + "names hidden, times in your local time.");

        main.appendElement("h2").text("The four phases");
        var phases = main.appendElement("table").addClass("guide-phases");
        var head = phases.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Phase");
        head.appendElement("th").attr("scope", "col").text("Minutes");
        head.appendElement("th").attr("scope", "col").text("What students do");
        head.appendElement("th").attr("scope", "col").text("What you do");
        var body = phases.appendElement("tbody");
        for (var i = 0; i < LessonPlan.PHASES.size(); i++) {
            var phase = LessonPlan.PHASES.get(i);
            var row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text((i + 1) + ". " + phase.name());
            row.appendElement("td").text(String.valueOf(phase.suggested().toMinutes()));
            row.appendElement("td").text(phase.what());
            row.appendElement("td").text(TEACHER_MOVES.get(i));
        }

        main.appendElement("h2").text("Prompts for the debate");
        main.appendElement("p").addClass("printable-hint").text("Written by Guarantee Lab, not taken from the article. "
                + "Once two students have submitted, the board fills the first two in from the class's own "
                + "submissions and links each to the passages it rests on.");
        var prompts = main.appendElement("ul").addClass("guide-prompts");
        for (var prompt : OUR_PROMPTS) {
            prompts.appendElement("li").text(prompt);
        }

        main.appendElement("h2").text("Running it");
        var running = main.appendElement("ul").addClass("guide-steps");
        running.appendElement("li").text("Start each phase's timer from the board; the projector shows the time left.");
        running.appendElement("li").text("“Choices” on a submission shows what that student chose and why; select "
                + "two to compare them side by side. The board lists who joined but has not submitted.");
        running.appendElement("li").text("Lock the class to pause submissions during the debate, and close it at the "
                + "end. “Export submissions (CSV)” keeps every submission with its reason.");
        running.appendElement("li").text("With roles, each student argues for one stakeholder. A stakeholder the "
                + "source leaves silent is given out only if you allow it; its card asks the student to argue from "
                + "what is known and what is missing.");
        running.appendElement("li").text("The class and its submissions are deleted when it expires, or at once "
                + "with “Delete now”. Students give only a display name.");
        return page;
    }

    /** The teacher's part in each of {@link LessonPlan#PHASES}, in the same order. */
    private static final List<String> TEACHER_MOVES = List.of(
            "Show the Source page; ask two students which position surprised them and why.",
            "Show the join code; go round and ask for a reason in each student's own words.",
            "Project two submissions that differ; use a prompt below and ask each side for a quote.",
            "Show the options chart; take a vote, then name one demand the class left unmet.");

    private static final List<String> OUR_PROMPTS = List.of(
            "The most contested option: it split the class. What did those who chose it weigh that the others did not?",
            "A demand most scenarios leave unmet: can the class's guarantee work without it, and who pays if not?",
            "A silent stakeholder: whose position does the source not state, and how should that change our reading?",
            "A cost: which option asks the most of someone who has not agreed to it?");

    private static void printBar(Element main, String label) {
        // Shown by plain-page.js, which also makes it print; without scripts the browser's own Print works.
        main.appendElement("p").addClass("printable-actions").appendElement("button").attr("type", "button")
                .addClass("print-button").attr("hidden", "").text(label);
    }

    private static void writingLines(Element parent, int count) {
        var lines = parent.appendElement("div").addClass("writing-lines").attr("aria-hidden", "true");
        for (var i = 0; i < count; i++) {
            lines.appendElement("div").addClass("writing-line");
        }
    }

    private PlainPage classNotFound(String root) {
        var page = new PlainPage(root, "Class not found · Guarantee Lab", sourceNotice);
        var main = page.main().addClass("error-page");
        main.appendElement("h1").text("Class not found");
        main.appendElement("p").id("class-missing").text("There is no class at this link. It may be mistyped, or the "
                + "class may have ended and been deleted. Teachers: open the board link you kept when you started "
                + "the class, or start a new class.");
        var links = main.appendElement("p");
        links.appendElement("a").attr("href", root + "teach").text("Start a class");
        links.appendText(" · ");
        links.appendElement("a").attr("href", root + GUIDE_PATH).text("Teacher guide");
        return page;
    }

    private static ResponseEntity<String> page(HttpStatus status, PlainPage page) {
        // Not kept by browsers or proxies: the board link behind a worksheet may be deleted at any time.
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.html());
    }
}
