package org.guaranteelab.durability;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.guaranteelab.e2e.PackagedApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durability under SIGKILL: starts the packaged jar, lets users write through it — scripts saving
 * scenarios ({@link ScenarioSaves}) and, in Chromium, a teacher starting a class and students
 * joining it and submitting ({@link ClassSubmissions}) — kills the JVM with SIGKILL at a random
 * moment of that burst, restarts it on the same database and checks that every write the app
 * acknowledged to its user is there, intact. The check of round n runs after the restart that
 * begins round n + 1, and a last restart checks the last round; every acknowledged write of every
 * earlier round is checked again after each restart.
 *
 * <p>Run by scripts/durability-kill-test.sh (20 rounds by default) and, two rounds, by
 * DurabilityKillIT in {@code ./mvnw verify}. Needs Chromium (system property chromium.path,
 * /usr/bin/chromium by default).
 */
public final class DurabilityKill {

    private static final Duration MIN_KILL_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_KILL_DELAY = Duration.ofMillis(5000);
    /** Students need a few page loads before their first submission; a busy two-core machine is slow. */
    private static final Duration FIRST_ACK_TIMEOUT = Duration.ofMinutes(2);
    // No rate limit gets in the way of the burst: one client writes far more than a person would.
    private static final List<String> SETTINGS = List.of("--guarantee-lab.sharing.saves-per-minute=1000000",
            "--guarantee-lab.classroom.classes-per-hour=1000000");
    private static final Logger log = LoggerFactory.getLogger(DurabilityKill.class);

    /** The outcome of a run; {@code lost} lists acknowledged writes missing or changed after a restart. */
    public record Result(long seed, int rounds, int saves, int submissions, String acknowledged, int cut,
                         List<String> lost, Duration took) {

        public String summary() {
            return String.format("durability: seed %d, %d SIGKILLs survived of %d, %s all checked after each "
                            + "restart, %d lost or changed, %d requests or student visits cut off by the kills, %d s",
                    seed, lost.isEmpty() ? rounds : 0, rounds, acknowledged, lost.size(), cut, took.toSeconds());
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
        var lost = new ArrayList<String>();
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
             var saves = new ScenarioSaves(http);
             var submissions = new ClassSubmissions(http)) {
            List<Writes> kinds = List.of(submissions, saves);
            for (int round = 0; round <= rounds; round++) {
                var app = PackagedApp.start(jar, work.resolve("data"), SETTINGS);
                try {
                    for (var kind : kinds) {
                        lost.addAll(kind.check(app.baseUrl(), round));
                    }
                    log.info("After {} of {} SIGKILLs: {} and {} checked, {} lost or changed so far", round, rounds,
                            saves.acknowledged(), submissions.acknowledged(), lost.size());
                    if (round < rounds) {
                        burstThenKill(app, kinds, random, round);
                    }
                } finally {
                    app.close();
                }
            }
            return new Result(seed, rounds, saves.acknowledgedCount(), submissions.acknowledgedCount(),
                    saves.acknowledged() + " and " + submissions.acknowledged(), saves.cut() + submissions.cut(), lost,
                    Duration.between(started, Instant.now()));
        }
    }

    private static void burstThenKill(PackagedApp app, List<Writes> kinds, Random random, int round)
            throws InterruptedException {
        var stopped = new AtomicBoolean();
        var bursts = new ArrayList<Writes.Burst>();
        try {
            // One kind after the other, each once the one before has its first acknowledgement: the slow
            // students first, so that the fast saves do not pile up while browsers load their pages.
            for (var kind : kinds) {
                var burst = kind.start(app.baseUrl(), round, random, stopped);
                bursts.add(burst);
                if (!burst.firstAck().await(FIRST_ACK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException(kind.getClass().getSimpleName() + ": nothing acknowledged within "
                            + FIRST_ACK_TIMEOUT + "; see " + app.logFile());
                }
            }
            // The kill lands at a random moment while every kind of write is under way.
            Thread.sleep(MIN_KILL_DELAY.toMillis()
                    + random.nextLong(MAX_KILL_DELAY.toMillis() - MIN_KILL_DELAY.toMillis()));
        } finally {
            app.kill();
            stopped.set(true);
            for (var burst : bursts) {
                for (var thread : burst.threads()) {
                    thread.join();
                }
            }
        }
    }

    private static void println(String line) {
        System.out.println(line);
    }
}
