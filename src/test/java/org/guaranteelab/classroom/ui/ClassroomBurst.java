package org.guaranteelab.classroom.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.guaranteelab.e2e.Chromium;
import org.guaranteelab.e2e.PackagedApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A burst of students joining one class and submitting, in headless Chromium against the packaged
 * jar (or running instances, see {@link #main}), while the teacher's board is open. Run by
 * {@code scripts/classroom-burst.sh [students] [concurrent browsers]} and
 * {@code scripts/multi-instance.sh}; not part of the build.
 *
 * <p>Each student is a browser session of its own (cookies cleared between students; one Chromium
 * per worker thread, since Playwright is not thread-safe): open {@code /join?code=…}, type a name,
 * join, open their page with one of six scenarios in the address, press "Submit to class" and wait
 * for "Submitted". Checked afterwards:
 * <ul>
 * <li>lost or duplicated: the board's CSV export must hold exactly one submission per student, with
 *     the scenario address that student was acknowledged for;</li>
 * <li>board delay: a MutationObserver in the board page records {@code Date.now()} when its status
 *     first reads "N submitted" (N: the acknowledged count); each student page records {@code Date.now()} when it first shows
 *     "Submitted". The delay is the first minus the latest of the second (same machine clock).</li>
 * </ul>
 */
public final class ClassroomBurst {

    private static final Logger log = LoggerFactory.getLogger(ClassroomBurst.class);
    private static final List<String> SCENARIOS = List.of("nato=bridge&g7", "nato=fast-track", "foreign-forces",
            "nato=bridge&foreign-forces&sanctions=strengthened", "g7&sanctions=maintained", "us-russia-talks");
    /** Records when the board's status first showed each text, so that any count can be looked up afterwards. */
    private static final String RECORD_BOARD = """
            () => {
              window.__boardStatusSeen = {};
              const check = () => {
                const status = document.getElementById('board-status');
                if (status && !(status.textContent in window.__boardStatusSeen)) {
                  window.__boardStatusSeen[status.textContent] = Date.now();
                }
              };
              new MutationObserver(check).observe(document.body, {childList: true, subtree: true, characterData: true});
              check();
            }""";
    private static final String BOARD_SHOWED = """
            target => {
              const seen = Object.entries(window.__boardStatusSeen).find(([text]) => text.includes(' ' + target + ' submitted'));
              return seen ? seen[1] : null;
            }""";

    private ClassroomBurst() {
    }

    /** What a student's page confirmed: their shown name, the scenario and when "Submitted" appeared. */
    record Ack(String name, String address, long ackedAtMillis) {
    }

    /**
     * Arguments: students (300), concurrent browsers (8), and optionally the address of a running app
     * for the teacher's board and another for the students (e.g. two instances on one database, or
     * nginx in front of them); without them it starts the packaged jar. With
     * {@code -Dburst.board-file=PATH} the board's link is written there, for a later check of what
     * the class holds. Exits with 1 if a submission was lost, duplicated or never shown on the board.
     */
    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean complete;
        if (args.length > 2) {
            var boardBase = baseUri(args[2]);
            var studentBase = args.length > 3 ? baseUri(args[3]) : boardBase;
            try (var teacherBrowser = Chromium.launch(Chromium.configuredExecutable())) {
                complete = run(boardBase, studentBase, teacherBrowser.browser(), students, workers);
            }
        } else {
            try (var app = PackagedApp.start(PackagedApp.configuredJar());
                 var teacherBrowser = Chromium.launch(Chromium.configuredExecutable())) {
                complete = run(app.baseUrl(), app.baseUrl(), teacherBrowser.browser(), students, workers);
            }
        }
        // Playwright's driver threads would otherwise keep the JVM alive; the exit code is the verdict.
        System.exit(complete ? 0 : 1);
    }

    private static URI baseUri(String address) {
        return URI.create(address.endsWith("/") ? address : address + "/");
    }

    private static boolean run(URI boardBase, URI studentBase, Browser browser, int students, int workers)
            throws Exception {
        var teacher = browser.newContext().newPage();
        teacher.navigate(boardBase.resolve("teach").toString());
        teacher.locator("#class-name input").fill("Burst of " + students);
        teacher.locator("#start-class").click();
        var boardUrl = teacher.locator("#board-link input").inputValue();
        var code = teacher.locator("#join-code").textContent().strip();
        var boardFile = System.getProperty("burst.board-file");
        if (boardFile != null) {
            Files.writeString(Path.of(boardFile), boardUrl);
        }
        teacher.navigate(boardUrl);
        teacher.locator("#board-status").waitFor();
        teacher.evaluate(RECORD_BOARD);

        var acks = new ConcurrentLinkedQueue<Ack>();
        var failures = new ConcurrentLinkedQueue<String>();
        var next = new AtomicInteger();
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                try (var chromium = Chromium.launch(Chromium.configuredExecutable())) {
                    BrowserContext context = chromium.browser().newContext();
                    Page page = context.newPage();
                    page.setDefaultTimeout(60_000);
                    for (int i = next.getAndIncrement(); i < students; i = next.getAndIncrement()) {
                        var name = "Student %03d".formatted(i + 1);
                        try {
                            context.clearCookies();
                            acks.add(student(page, studentBase, code, name, SCENARIOS.get(i % SCENARIOS.size())));
                        } catch (RuntimeException e) {
                            failures.add(name + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES);
        long lastAck = acks.stream().mapToLong(Ack::ackedAtMillis).max().orElse(started);

        // The board counts what was stored, i.e. the acknowledged submissions if none was lost.
        Long boardAt = null;
        try {
            boardAt = ((Number) teacher.waitForFunction(BOARD_SHOWED, acks.size(),
                    new Page.WaitForFunctionOptions().setTimeout(60_000)).jsonValue()).longValue();
        } catch (RuntimeException e) {
            log.warn("The board did not show {} submitted within a minute", acks.size());
        }

        var csv = teacher.request().get(boardUrl + "/export.csv").text();
        var rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        Map<String, List<String>> stored = new HashMap<>();
        rows.forEach(row -> stored.computeIfAbsent(row.get("display name"), key -> new ArrayList<>())
                .add(row.get("scenario address")));
        int lost = 0;
        int wrong = 0;
        for (var ack : acks) {
            var found = stored.getOrDefault(ack.name(), List.of());
            if (found.isEmpty()) {
                lost++;
            } else if (!found.getFirst().equals(ack.address())) {
                wrong++;
            }
        }
        long duplicated = stored.values().stream().filter(list -> list.size() > 1).count();
        log.info("Students: {}, concurrent browsers: {}", students, workers);
        log.info("Acknowledged: {}, failed: {}, stored rows: {}", acks.size(), failures.size(), rows.size());
        log.info("Lost (acknowledged but not stored): {}, stored with another scenario: {}, duplicated: {}", lost, wrong,
                duplicated);
        log.info("First join to last acknowledgement: {} s", Duration.ofMillis(lastAck - started).toMillis() / 1000.0);
        log.info("Last acknowledgement to the board showing all {} acknowledged: {}", acks.size(),
                boardAt == null ? "not within 60 s" : (boardAt - lastAck) + " ms");
        failures.stream().limit(10).forEach(failure -> log.warn("Failed: {}", failure));
        return failures.isEmpty() && lost == 0 && wrong == 0 && duplicated == 0 && boardAt != null;
    }

    private static Ack student(Page page, URI base, String code, String name, String scenario) {
        page.navigate(base.resolve("join?code=" + code).toString());
        page.locator("#display-name input").fill(name);
        page.locator("#join").click();
        page.waitForURL("**/c/**");
        page.locator("#class-banner").waitFor();
        var shown = page.locator("#my-display-name").textContent();
        page.navigate(page.url().replaceFirst("\\?.*$", "") + "?" + scenario);
        page.locator("#submit-to-class").click();
        var ackedAt = ((Number) page.waitForFunction("""
                () => {
                  const status = document.getElementById('submit-status');
                  return status && status.textContent.startsWith('Submitted') ? Date.now() : null;
                }""").jsonValue()).longValue();
        return new Ack(shown, scenario, ackedAt);
    }
}
