package org.guaranteelab.sharing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.guaranteelab.e2e.PackagedApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durability under SIGKILL: starts the packaged jar, saves scenarios from several threads through
 * {@code POST /api/scenarios}, kills the JVM with SIGKILL at a random moment of the burst, restarts
 * it on the same database and checks that every save the app acknowledged (201) is there, intact:
 * title, notes and choices. The check of round n runs after the restart that begins round n + 1,
 * and a last restart checks the last round. Every acknowledged save of every earlier round is
 * checked again after each restart.
 *
 * <p>Run by scripts/durability-kill-test.sh (20 rounds by default) and, two rounds, by
 * DurabilityKillIT in {@code ./mvnw verify}. Classroom submissions join the burst as one more kind
 * of write once the classroom feature has an endpoint for them: one more kind of {@code Write}.
 */
public final class DurabilityKill {

    private static final int THREADS = 4;
    private static final Duration MIN_KILL_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_KILL_DELAY = Duration.ofMillis(2500);
    private static final List<String> CHOICES = List.of("", "nato=bridge", "g7&bilateral",
            "sanctions=strengthened&foreign-forces", "nato=fast-track&g7&bilateral&multilateral&foreign-forces"
                    + "&military-technical-assistance&sanctions=strengthened&europe-steps-up&us-russia-talks");
    private static final String TEXT = "abcdefghijklmnopqrstuvwxyz ABC 0123456789 .,;:!?'\"()-–—’“”<>&/ ДобрийденьКиїв€😀🇺🇦";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(DurabilityKill.class);

    /** One acknowledged write and what must be found again. */
    record Saved(String viewToken, String title, String notes, String choices) {
    }

    /** The outcome of a run; {@code lost} lists acknowledged writes missing or changed after a restart. */
    public record Result(long seed, int rounds, int acknowledged, int refusedOrCut, List<String> lost, Duration took) {

        public String summary() {
            return String.format("durability: seed %d, %d SIGKILLs survived of %d, %d acknowledged saves all checked "
                            + "after each restart, %d lost or changed, %d requests cut off by the kills, %d s",
                    seed, lost.isEmpty() ? rounds : 0, rounds, acknowledged, lost.size(), refusedOrCut,
                    took.toSeconds());
        }
    }

    private DurabilityKill() {
    }

    /** {@code [rounds=20] [seed]}: prints the seed first and one summary line last; exit code 1 if anything was lost. */
    public static void main(String[] args) throws Exception {
        var rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        var jar = PackagedApp.configuredJar();
        var work = Files.createTempDirectory(jar.toAbsolutePath().getParent(), "durability-");
        println("durability: seed " + seed + ", " + rounds + " rounds, data in " + work);
        var result = run(jar, rounds, seed, work);
        result.lost().forEach(DurabilityKill::println);
        println(result.summary());
        System.exit(result.lost().isEmpty() ? 0 : 1);
    }

    public static Result run(Path jar, int rounds, long seed, Path work) throws InterruptedException {
        var started = Instant.now();
        var random = new Random(seed);
        var dataDir = work.resolve("data");
        var acknowledged = new ConcurrentLinkedQueue<Saved>();
        var cut = new AtomicInteger();
        var lost = new ArrayList<String>();
        for (int round = 0; round <= rounds; round++) {
            var app = PackagedApp.start(jar, dataDir, List.of("--guarantee-lab.sharing.saves-per-minute=1000000"));
            try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build()) {
                lost.addAll(check(http, app.baseUrl(), acknowledged, round));
                log.info("After {} of {} SIGKILLs: {} acknowledged saves checked, {} lost or changed so far", round,
                        rounds, acknowledged.size(), lost.size());
                if (round < rounds) {
                    burstThenKill(http, app, random, acknowledged, cut, round);
                }
            } finally {
                app.close();
            }
        }
        return new Result(seed, rounds, acknowledged.size(), cut.get(), lost, Duration.between(started, Instant.now()));
    }

    private static void burstThenKill(HttpClient http, PackagedApp app, Random random, Queue<Saved> acknowledged,
                                      AtomicInteger cut, int round) throws InterruptedException {
        var stop = new AtomicBoolean();
        var firstAck = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < THREADS; t++) {
            var threadRandom = new Random(random.nextLong());
            var name = "r" + round + "t" + t;
            threads.add(Thread.ofPlatform().name("durability-" + name).start(() -> {
                for (int i = 0; !stop.get(); i++) {
                    var write = new Write(name + "-" + i, threadRandom);
                    try {
                        var response = http.send(write.request(app.baseUrl()), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            var body = JSON.readTree(response.body());
                            var view = body.get("view").asString();
                            acknowledged.add(new Saved(view.substring(view.lastIndexOf('/') + 1), write.title,
                                    write.notes, body.get("choices").asString()));
                            firstAck.countDown();
                        } else {
                            cut.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // The kill cut this request off: it was never acknowledged, so it may or may not be stored.
                        cut.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        try {
            if (!firstAck.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("No save was acknowledged within a minute; see " + app.logFile());
            }
            // The kill lands at a random moment while all threads are saving.
            Thread.sleep(MIN_KILL_DELAY.toMillis()
                    + random.nextLong(MAX_KILL_DELAY.toMillis() - MIN_KILL_DELAY.toMillis()));
        } finally {
            app.kill();
            stop.set(true);
            for (var thread : threads) {
                thread.join();
            }
        }
    }

    private static List<String> check(HttpClient http, URI base, Queue<Saved> acknowledged, int round)
            throws InterruptedException {
        var lost = new ArrayList<String>();
        for (var saved : acknowledged) {
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("api/scenarios/" + saved.viewToken()))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    lost.add("after restart " + round + ": " + saved.title() + " answered " + response.statusCode());
                    continue;
                }
                var body = JSON.readTree(response.body());
                var found = new Saved(saved.viewToken(), body.get("title").asString(), body.get("notes").asString(),
                        body.get("address").asString());
                if (!found.equals(saved)) {
                    lost.add("after restart " + round + ": changed: expected " + saved + " but found " + found);
                }
            } catch (IOException e) {
                lost.add("after restart " + round + ": " + saved.title() + " could not be read: " + e);
            }
        }
        return lost;
    }

    /** One save as a script sends it: random title, multi-line notes and choices. */
    private static final class Write {

        final String title;
        final String notes;
        final String choices;

        Write(String name, Random random) {
            // At most 40 code points of 2 UTF-16 units each, within the title's 120 characters.
            title = "[" + name + " " + text(random, random.nextInt(40)) + "]";
            var lines = new ArrayList<String>();
            for (int line = random.nextInt(6); line >= 0; line--) {
                lines.add("[" + text(random, random.nextInt(200)) + "]");
            }
            notes = String.join("\n", lines);
            choices = CHOICES.get(random.nextInt(CHOICES.size()));
        }

        HttpRequest request(URI base) {
            var body = JSON.createObjectNode().put("title", title).put("author", "durability").put("notes", notes)
                    .put("choices", choices);
            return HttpRequest.newBuilder(base.resolve("api/scenarios"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        }

        private static String text(Random random, int length) {
            var codePoints = TEXT.codePoints().toArray();
            var text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            return text.toString();
        }
    }

    private static void println(String line) {
        System.out.println(line);
    }
}
