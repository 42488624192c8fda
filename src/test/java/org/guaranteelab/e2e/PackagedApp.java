package org.guaranteelab.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged jar, run as users run it: {@code java -jar}, production mode, its own port and an
 * empty database, so that the tests see what a fresh deployment serves. Public for measurements
 * that start it outside JUnit (e.g. {@code scripts/measure-builder.sh}).
 */
public final class PackagedApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PackagedApp.class);
    // Generous: two cold JVMs (tests and app) share two cores on CI. System property app.start-timeout
    // (ISO-8601, e.g. PT5M) for long unattended runs on a busier machine (scripts/durability-kill-test.sh).
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("app.start-timeout", "PT2M"));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    // Every browser test saves from the same address, a dozen scenarios within a minute, more than the
    // limit of one visitor; the limit itself is tested in SaveRateLimiterTest.
    private static final int SAVES_PER_MINUTE = 1000;
    /** Shorter than the app's minute, so that UnconfirmedSessionsBrowserTest waits less past it. */
    public static final Duration UNCONFIRMED_SESSION = Duration.ofSeconds(15);
    // The fuzz tests try thousands of unknown links from one address; the limit itself is tested in
    // TokenGuessLimiterTest.
    private static final int FAILED_LOOKUPS_PER_MINUTE = 1_000_000;

    private final Process process;
    private final URI baseUrl;
    private final Path logFile;
    private final Path jar;
    private final Path dataDir;
    private final List<String> settings;
    private final int port;
    private final @Nullable Path extraClasses;

    private PackagedApp(Process process, int port, Path logFile, Path jar, Path dataDir, List<String> settings,
                        @Nullable Path extraClasses) {
        this.process = process;
        this.baseUrl = URI.create("http://localhost:" + port + "/");
        this.logFile = logFile;
        this.jar = jar;
        this.dataDir = dataDir;
        this.settings = List.copyOf(settings);
        this.port = port;
        this.extraClasses = extraClasses;
    }

    /** The jar that {@code package} built: system property {@code app.jar}, set by failsafe. */
    public static Path configuredJar() {
        return Path.of(System.getProperty("app.jar", "target/guarantee-lab.jar"));
    }

    public static PackagedApp start(Path jar) {
        var run = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        // Absolute: H2 rejects a relative database path that does not start with ./
        var dataDir = jar.toAbsolutePath().getParent().resolve(run + "-data");
        return start(jar, dataDir, List.of("--guarantee-lab.sharing.saves-per-minute=" + SAVES_PER_MINUTE,
                "--guarantee-lab.sharing.failed-lookups-per-minute=" + FAILED_LOOKUPS_PER_MINUTE,
                "--guarantee-lab.unconfirmed-session=" + UNCONFIRMED_SESSION.toSeconds() + "s"));
    }

    /**
     * Runs the jar on a data directory of the caller's choosing, e.g. to restart it on the same
     * database, with extra {@code --name=value} settings.
     */
    public static PackagedApp start(Path jar, Path dataDir, List<String> settings) {
        return start(jar, dataDir, settings, freePort(), null);
    }

    /**
     * Runs the jar as {@link #start(Path)} does, with the classes and resources of {@code extraClasses}
     * added through Spring Boot's PropertiesLauncher ({@code loader.path}): e.g. a test's
     * {@code PublishedCases} bean, to serve a case the jar does not ship.
     */
    public static PackagedApp startWith(Path jar, Path extraClasses) {
        var dataDir = jar.toAbsolutePath().getParent().resolve("e2e-" + UUID.randomUUID().toString().substring(0, 8) + "-data");
        return start(jar, dataDir, List.of("--guarantee-lab.sharing.saves-per-minute=" + SAVES_PER_MINUTE,
                "--guarantee-lab.sharing.failed-lookups-per-minute=" + FAILED_LOOKUPS_PER_MINUTE), freePort(), extraClasses);
    }

    /**
     * Kills this app with SIGKILL, as a crash would, and starts the same jar again on the same port
     * and database, as an operator's restart would: pages still open in a browser reach the new
     * process at the address they were loaded from.
     */
    public PackagedApp killAndRestart() {
        kill();
        return start(jar, dataDir, settings, port, extraClasses);
    }

    private static PackagedApp start(Path jar, Path dataDir, List<String> settings, int port,
                                     @Nullable Path extraClasses) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar.toAbsolutePath()
                    + ": the browser tests run after `package`, e.g. with ./mvnw verify");
        }
        var target = jar.toAbsolutePath().getParent();
        var logFile = target.resolve("e2e-" + UUID.randomUUID().toString().substring(0, 8) + "-app.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java));
        // e.g. -Dapp.java-options=-Dspring.aot.enabled=true runs the browser tests against Spring's AOT mode.
        command.addAll(List.of(System.getProperty("app.java-options", "").split(" ")).stream()
                .filter(option -> !option.isBlank()).toList());
        command.addAll(extraClasses == null ? List.of("-jar", jar.toAbsolutePath().toString())
                : List.of("-Dloader.path=" + extraClasses.toAbsolutePath(), "-cp", jar.toAbsolutePath().toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(List.of("--server.port=" + port, "--guarantee-lab.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(settings);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        }
        // Also on an aborted run, so that no app is left holding a port.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        var app = new PackagedApp(process, port, logFile, jar, dataDir, settings, extraClasses);
        log.info("Starting the packaged app on port {} (log: {})", port, logFile);
        app.awaitHttp();
        return app;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Everything the app wrote to its console, as an operator's log would hold it. */
    public Path logFile() {
        return logFile;
    }

    private void awaitHttp() {
        var started = Instant.now();
        var deadline = started.plus(START_TIMEOUT);
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            var request = HttpRequest.newBuilder(baseUrl).timeout(Duration.ofSeconds(10)).build();
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The packaged app exited with code " + process.exitValue()
                            + " before serving a page" + logTail());
                }
                try {
                    // Any HTTP answer means the server is up; the tests judge the status themselves.
                    http.send(request, HttpResponse.BodyHandlers.discarding());
                    log.info("The packaged app answered after {} ms", Duration.between(started, Instant.now()).toMillis());
                    return;
                } catch (IOException notYetListening) {
                    Thread.sleep(250);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for the packaged app", e);
        }
        close();
        throw new IllegalStateException("The packaged app did not answer HTTP within " + START_TIMEOUT + logTail());
    }

    private String logTail() {
        try {
            var lines = Files.readAllLines(logFile);
            return "; last lines of " + logFile + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "; see " + logFile;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the packaged app", e);
        }
    }

    /** Ends the app as a power cut or the OOM killer would: SIGKILL, no shutdown hooks, no flushing. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
