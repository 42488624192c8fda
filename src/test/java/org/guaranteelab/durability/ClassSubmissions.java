package org.guaranteelab.durability;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.guaranteelab.e2e.Chromium;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class submissions, made as students make them: in headless Chromium, through the app's own pages.
 * Each round a teacher starts a class on {@code /teach} (acknowledged: the board link is shown);
 * then students, one browser per thread, each in a fresh browser context, open {@code /join?code=…},
 * type a name, join, open their page with a scenario in the address, press "Submit to class", and do
 * it once more with another scenario. Acknowledged means the page said "Submitted at … (your submission
 * N)". The check reads each class's CSV export from its board link: every acknowledged submission is
 * there once, under the student's shown name and number, with the scenario address submitted.
 */
final class ClassSubmissions implements Writes {

    private static final Logger log = LoggerFactory.getLogger(ClassSubmissions.class);
    private static final int STUDENTS_AT_ONCE = 2;
    private static final double PAGE_TIMEOUT_MILLIS = 20_000;
    private static final int START_ATTEMPTS = 3;
    /** Canonical addresses, as the app stores them, so that the export must show them unchanged. */
    private static final List<String> SCENARIOS = List.of("nato=bridge&g7", "nato=fast-track", "foreign-forces",
            "nato=bridge&foreign-forces&sanctions=strengthened", "g7&sanctions=maintained", "us-russia-talks");
    private static final Pattern SUBMITTED = Pattern.compile("Submitted at [^(]+\\(your submission (\\d+)\\)");
    /** The student page's answer to "Submit to class", once it has one. */
    private static final String SUBMIT_ANSWER = """
            () => {
              const status = document.getElementById('submit-status');
              const text = status ? status.textContent : '';
              return text.startsWith('Submitted') || text.startsWith('Not submitted') ? text : null;
            }""";

    /** A class as its teacher was shown it. */
    private record StartedClass(int round, String boardToken, String joinCode) {
    }

    /** One acknowledged submission and what the class's export must show for it. */
    private record Submitted(String boardToken, String displayName, int number, String address) {
    }

    private final HttpClient http;
    private final Chromium teacher;
    private final List<Chromium> students = new ArrayList<>();
    private final Queue<StartedClass> classes = new ConcurrentLinkedQueue<>();
    private final Queue<Submitted> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger cut = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    ClassSubmissions(HttpClient http) {
        this.http = http;
        // One Chromium per thread that drives one, since Playwright is not thread-safe. They outlive the
        // app's restarts; each round's threads use them in turn, never at once.
        this.teacher = Chromium.launch(Chromium.configuredExecutable());
        for (int s = 0; s < STUDENTS_AT_ONCE; s++) {
            students.add(Chromium.launch(Chromium.configuredExecutable()));
        }
    }

    @Override
    public Burst start(URI base, int round, Random random, AtomicBoolean stopped) {
        var started = startClass(base, round);
        classes.add(started);
        var firstAck = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int s = 0; s < STUDENTS_AT_ONCE; s++) {
            var browser = students.get(s);
            var threadRandom = new Random(random.nextLong());
            var seat = "r" + round + "s" + s;
            threads.add(Thread.ofPlatform().name("durability-student-" + seat).start(() -> {
                for (int i = 0; !stopped.get(); i++) {
                    var context = browser.browser().newContext();
                    try {
                        var page = context.newPage();
                        page.setDefaultTimeout(PAGE_TIMEOUT_MILLIS);
                        // Cyrillic and an emoji: a name must come back exactly as it was shown.
                        student(page, base, started, "Учень 🇺🇦 " + seat + "-" + i, threadRandom, stopped, firstAck);
                    } catch (PlaywrightException e) {
                        // Cut off by the kill, or failed before it (e.g. a page slower than the timeout on a busy
                        // machine); either way never acknowledged, so it may or may not be stored.
                        if (stopped.get()) {
                            cut.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            log.warn("A student visit failed before the kill: {}",
                                    String.valueOf(e.getMessage()).lines().filter(line -> line.contains("message=") || line.contains("waiting for")).toList());
                        }
                    } finally {
                        context.close();
                    }
                }
            }));
        }
        return new Burst(threads, firstAck);
    }

    /**
     * The teacher starts this round's class; its board link and code, as the start page shows them.
     * Starting the class sets the burst up and is not what this test checks (ClassroomBrowserTest does),
     * so a start that shows no board link is tried again, at most {@value #START_ATTEMPTS} times in all,
     * each failure logged with what the page showed instead.
     */
    private StartedClass startClass(URI base, int round) {
        var failures = new ArrayList<String>();
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try (var context = teacher.browser().newContext()) {
                var page = context.newPage();
                page.setDefaultTimeout(PAGE_TIMEOUT_MILLIS * 3);
                page.navigate(base.resolve("teach").toString());
                // The server's first paint lies over the page until Vaadin has built it (base.ui.FirstPaint).
                page.locator("html:not(.first-paint)").waitFor();
                page.locator("#class-name input").fill("Durability round " + round);
                page.locator("#start-class").click();
                try {
                    var boardLink = page.locator("#board-link input").inputValue(
                            new Locator.InputValueOptions().setTimeout(PAGE_TIMEOUT_MILLIS));
                    var code = page.locator("#join-code").textContent().strip();
                    return new StartedClass(round, boardLink.substring(boardLink.lastIndexOf('/') + 1), code);
                } catch (TimeoutError noBoardLink) {
                    var shown = (String) page.evaluate("() => document.querySelector('main, body').innerText");
                    failures.add("attempt " + attempt + ": no board link; name field holds '"
                            + page.locator("#class-name input").inputValue() + "', page shows: "
                            + shown.replaceAll("\\s+", " ").strip());
                    log.warn("Round {}: the class did not start, {}", round, failures.getLast());
                }
            }
        }
        throw new PlaywrightException("Round " + round + ": no class started; " + failures);
    }

    /** One student: joins, then submits two different scenarios, and records each acknowledged one. */
    private void student(Page page, URI base, StartedClass started, String name, Random random,
                         AtomicBoolean stopped, CountDownLatch firstAck) {
        page.navigate(base.resolve("join?code=" + started.joinCode()).toString());
        page.locator("#display-name input").fill(name);
        page.locator("#join").click();
        page.locator("#class-banner").waitFor();
        var shownName = page.locator("#my-display-name").textContent();
        var studentPage = page.url().replaceFirst("\\?.*$", "");
        var first = random.nextInt(SCENARIOS.size());
        var second = (first + 1 + random.nextInt(SCENARIOS.size() - 1)) % SCENARIOS.size();
        for (var scenario : List.of(SCENARIOS.get(first), SCENARIOS.get(second))) {
            if (stopped.get()) {
                return;
            }
            page.navigate(studentPage + "?" + scenario);
            page.locator("#submit-to-class").click();
            var answer = awaitAnswer(page, stopped);
            if (answer.isEmpty()) {
                cut.incrementAndGet();
                return;
            }
            var submitted = SUBMITTED.matcher(answer.get());
            if (!submitted.lookingAt()) {
                throw new PlaywrightException("Not acknowledged: " + answer.get());
            }
            acknowledged.add(new Submitted(started.boardToken(), shownName, Integer.parseInt(submitted.group(1)),
                    scenario));
            firstAck.countDown();
        }
    }

    /**
     * What the page answered to "Submit to class", or empty if the kill came first. Polls, so that a
     * student waiting on a dead server notices the kill; an answer shown before it still counts.
     */
    private static Optional<String> awaitAnswer(Page page, AtomicBoolean stopped) {
        while (!stopped.get()) {
            try {
                return Optional.of((String) page.waitForFunction(SUBMIT_ANSWER, null,
                        new Page.WaitForFunctionOptions().setTimeout(1000)).jsonValue());
            } catch (TimeoutError notYet) {
                // Still waiting for the server; look at the stop signal again.
            }
        }
        // The page's script still runs after the kill: an answer shown just before it counts.
        return Optional.ofNullable((String) page.evaluate(SUBMIT_ANSWER));
    }

    @Override
    public List<String> check(URI base, int restart) throws InterruptedException {
        var lost = new ArrayList<String>();
        for (var started : classes) {
            List<CSVRecord> rows;
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("t/" + started.boardToken() + "/export.csv"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    lost.add("after restart " + restart + ": the class of round " + started.round()
                            + " answered " + response.statusCode() + " at its board link");
                    continue;
                }
                rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(response.body())).getRecords();
            } catch (IOException e) {
                lost.add("after restart " + restart + ": the class of round " + started.round()
                        + " could not be read: " + e);
                continue;
            }
            for (var submitted : acknowledged) {
                if (!submitted.boardToken().equals(started.boardToken())) {
                    continue;
                }
                var found = rows.stream()
                        .filter(row -> row.get("display name").equals(submitted.displayName())
                                && row.get("submission").equals(String.valueOf(submitted.number())))
                        .map(row -> row.get("scenario address"))
                        .toList();
                if (!found.equals(List.of(submitted.address()))) {
                    lost.add("after restart " + restart + ": expected " + submitted + " once in round "
                            + started.round() + "'s export, found addresses " + found);
                }
            }
        }
        return lost;
    }

    @Override
    public String acknowledged() {
        return classes.size() + " classes with " + acknowledged.size() + " acknowledged submissions"
                + (failed.get() > 0 ? " (" + failed.get() + " student visits failed before a kill)" : "");
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    @Override
    public int cut() {
        return cut.get();
    }

    @Override
    public void close() {
        students.forEach(Chromium::close);
        teacher.close();
    }
}
