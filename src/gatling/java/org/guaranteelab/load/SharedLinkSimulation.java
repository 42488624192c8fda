package org.guaranteelab.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Shared link (issue #7, scenario 2): anonymous visitors, each in a new session, open one view link
 * ({@code /s/{token}}) and one comparison of two view links ({@code /compare?a=..&b=..}), arriving at
 * {@code visitorsPerSecond} (default 10) for {@code seconds} (default 60), after {@code warmupSeconds}
 * (default 30) of the same at the same rate under other request names. Tokens come from
 * {@code tokens}, a file of view tokens one a line (scripts/seed-scenarios.sh writes one). Each page
 * must answer 200 and carry the saved scenario's heading, resp. the comparison's columns.
 * Run with scripts/load-test.sh shared-link (it starts the packaged app on the seeded data).
 */
public class SharedLinkSimulation extends Simulation {

    private final double visitorsPerSecond = Double.parseDouble(System.getProperty("visitorsPerSecond", "10"));
    private final int seconds = Integer.getInteger("seconds", 60);
    private final int warmupSeconds = Integer.getInteger("warmupSeconds", 30);
    private final List<String> tokens = tokens(Path.of(System.getProperty("tokens", "view-tokens.txt")));

    private static List<String> tokens(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            var tokens = lines.map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (tokens.size() < 2) {
                throw new IllegalArgumentException("need at least two view tokens in " + file);
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the view tokens in " + file, e);
        }
    }

    /** Endless pairs of distinct tokens, drawn with a fixed seed so that runs are comparable. */
    private Iterator<Map<String, Object>> pairs() {
        var random = new Random(7);
        return Stream.generate(() -> {
            var a = random.nextInt(tokens.size());
            var b = (a + 1 + random.nextInt(tokens.size() - 1)) % tokens.size();
            return Map.<String, Object>of("a", tokens.get(a), "b", tokens.get(b));
        }).iterator();
    }

    private ScenarioBuilder visitor(String prefix) {
        return scenario(prefix + "shared link visitor")
                .exec(feed(pairs()))
                // A plain page written by the server (decision 0009): no Vaadin UI to start.
                .exec(http(prefix + "open view link").get("/s/#{a}")
                        .check(status().is(200), substring("id=\"scenario-heading\""), substring("id=\"summary\"")))
                .exec(VaadinFlow.openPage(prefix + "open comparison link", "/compare?a=#{a}&b=#{b}",
                        "compare-column-header"));
    }

    {
        var measured = visitor("").injectOpen(constantUsersPerSec(visitorsPerSecond).during(Duration.ofSeconds(seconds)))
                .protocols(VaadinFlow.protocol("measured"));
        var population = warmupSeconds > 0
                ? visitor("warm-up: ")
                        .injectOpen(constantUsersPerSec(visitorsPerSecond).during(Duration.ofSeconds(warmupSeconds)))
                        .protocols(VaadinFlow.protocol("warm-up"))
                        .andThen(measured)
                : measured;
        setUp(population)
                // Only the measured requests: a cold start may time out during the warm-up.
                .assertions(details("open view link").failedRequests().count().is(0L),
                        details("open comparison link").failedRequests().count().is(0L),
                        // The budget of issue #7 for a view link: p95 <= 20 ms.
                        details("open view link").responseTime().percentile(95.0).lte(20));
    }
}
