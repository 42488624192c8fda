package org.guaranteelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.sharing.TokenFuzz;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeded random requests to every route and query parameter of the packaged jar: the builder's
 * address, view/edit/remix links with versions, the comparison's a/b/c/draft, the case and scenario
 * APIs with their exports, the classroom's join code, board, student and export links, and saves
 * with random bodies. Whatever comes in, the answer is 2xx, 3xx
 * or 4xx, and it is the app's own page or JSON, with no stack trace, exception name or SQL. Each
 * seed is one test, named after it; rerun one by keeping only it in {@link #seeds()}.
 */
@RealBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteFuzzBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(RouteFuzzBrowserTest.class);
    private static final long BASE_SEED = 20260308L;
    private static final int SEEDS = 12;
    private static final int REQUESTS_PER_SEED = 40;
    private static final List<String> OPTION_IDS = List.of("nato", "g7", "bilateral", "multilateral", "foreign-forces",
            "military-technical-assistance", "sanctions", "europe-steps-up", "us-russia-talks");
    private static final List<String> LEVELS = List.of("bridge", "fast-track", "strengthened", "", "none");
    // Nothing as short as "SQL": pages echo the (random) address, in which three letters turn up by chance.
    private static final List<String> LEAKS = List.of("at org.", "at com.", "at java.", "Exception", "JdbcSQL",
            "SQLState", "Hibernate", "Whitelabel");
    /** Every route and parameter of the app; each draws its own random request. */
    private static final List<Function<Fuzz, HttpRequest.Builder>> TARGETS = List.of(
            fuzz -> fuzz.get("/?" + fuzz.builderQuery()),
            fuzz -> fuzz.get("/compare?" + fuzz.compareQuery()),
            fuzz -> fuzz.get("/s/" + fuzz.token() + fuzz.maybe("/" + fuzz.version()) + fuzz.maybe("?" + fuzz.builderQuery())),
            fuzz -> fuzz.get("/e/" + fuzz.token() + fuzz.maybe("?" + fuzz.builderQuery())),
            fuzz -> fuzz.get("/remix/" + fuzz.token()),
            fuzz -> fuzz.get("/api/scenarios/" + fuzz.token() + fuzz.pick("", "/export.md", "/export.csv")
                    + fuzz.maybe("?version=" + fuzz.version())),
            fuzz -> fuzz.get("/api/cases/" + fuzz.pick("ukraine-2025", fuzz.encoded()) + fuzz.maybe("?" + fuzz.encoded())),
            fuzz -> fuzz.get(fuzz.pick("/source", "/stakeholders", "/mine", "/robots.txt", "/actuator/health")
                    + "?" + fuzz.builderQuery()),
            fuzz -> fuzz.get("/join" + fuzz.maybe("?code=" + fuzz.pick(fuzz.encoded(), "ABCD-EFGH", "abcdefgh", ""))),
            fuzz -> fuzz.get(fuzz.pick("/t/", "/c/") + fuzz.token() + fuzz.maybe("?" + fuzz.builderQuery())),
            fuzz -> fuzz.get("/t/" + fuzz.token() + "/export.csv"),
            fuzz -> fuzz.get("/teach?" + fuzz.builderQuery()),
            fuzz -> fuzz.get("/" + fuzz.encoded()),
            Fuzz::save);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> savedTokens = new ArrayList<>();
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private URI base;

    @BeforeAll
    void saveScenariosToFuzzAround(AppPage app) throws Exception {
        base = URI.create(app.url("/"));
        for (var choices : List.of("nato=bridge", "g7&sanctions=strengthened")) {
            var response = http.send(HttpRequest.newBuilder(base.resolve("api/scenarios"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Fuzzed\",\"choices\":\"" + choices + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
            var view = response.headers().firstValue("Location").orElseThrow();
            savedTokens.add(view.substring(view.lastIndexOf('/') + 1));
        }
    }

    @AfterAll
    void report() {
        // The figures of docs/reliability.md.
        log.info("Route fuzzing: {} requests from {} seeds, {} refused with 4xx, {} answered 5xx", tried, SEEDS,
                refused, serverErrors);
    }

    Stream<Long> seeds() {
        return LongStream.range(0, SEEDS).mapToObj(index -> BASE_SEED + index);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_request_gets_a_server_error_or_a_foreign_page(long seed) throws Exception {
        var fuzz = new Fuzz(new Random(seed), base, savedTokens);
        for (int i = 0; i < REQUESTS_PER_SEED; i++) {
            var request = TARGETS.get(fuzz.random.nextInt(TARGETS.size())).apply(fuzz)
                    .timeout(Duration.ofSeconds(30)).build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var what = "seed " + seed + ", request " + i + ": " + request.method() + " " + request.uri() + " -> "
                    + response.statusCode();
            tried.incrementAndGet();
            if (response.statusCode() >= 500) {
                serverErrors.incrementAndGet();
            }

            assertThat(response.statusCode()).as(what).isBetween(200, 499);
            assertThat(response.body()).as(what).doesNotContain(LEAKS);
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 400 && response.statusCode() < 500) {
                refused.incrementAndGet();
                assertThat(ownPageOrJson(type, response.body(), response.statusCode())).as(what + " (" + type + ")")
                        .isTrue();
            }
        }
    }

    /** The app's not-found page or error view, problem JSON, or the container's bare 400 for a malformed address. */
    private static boolean ownPageOrJson(String type, String body, int status) {
        if (type.startsWith("application/problem+json") || type.startsWith("application/json")) {
            return body.isEmpty() || body.startsWith("{");
        }
        if (type.startsWith("text/html")) {
            return body.contains("Guarantee Lab") || (status == 400 && body.contains("Bad Request"));
        }
        return body.isEmpty();
    }

    /** Random parts of requests, from one seeded random. */
    private static final class Fuzz {

        final Random random;
        final URI base;
        final List<String> savedTokens;

        Fuzz(Random random, URI base, List<String> savedTokens) {
            this.random = random;
            this.base = base;
            this.savedTokens = savedTokens;
        }

        HttpRequest.Builder get(String pathAndQuery) {
            return HttpRequest.newBuilder(base.resolve(pathAndQuery.substring(1)));
        }

        HttpRequest.Builder save() {
            var bodies = List.of(
                    "{\"title\":\"" + jsonText() + "\",\"notes\":\"" + jsonText() + "\",\"choices\":\"" + jsonText() + "\"}",
                    "{\"title\":" + pick("null", "1", "[]", "{}", "true", "\"\"") + "}",
                    "{\"title\":\"x\",\"choices\":" + pick("null", "1", "[\"nato\"]", "{}") + "}",
                    encoded(), "", "[]", "null", "{\"title\":\"" + "x".repeat(200 + random.nextInt(10_000)) + "\"}");
            return HttpRequest.newBuilder(base.resolve("api/scenarios"))
                    .header("Content-Type", pick("application/json", "application/json; charset=utf-8", "text/plain",
                            "application/x-www-form-urlencoded", "application/json; charset=latin1"))
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(random.nextInt(bodies.size()))));
        }

        String builderQuery() {
            var parameters = new ArrayList<String>();
            for (int i = random.nextInt(12); i >= 0; i--) {
                var name = random.nextInt(3) == 0 ? encoded() : pick(OPTION_IDS.toArray(String[]::new));
                var value = random.nextInt(3) == 0 ? encoded() : pick(LEVELS.toArray(String[]::new));
                parameters.add(value.isEmpty() && random.nextBoolean() ? name : name + "=" + value);
            }
            return String.join("&", parameters);
        }

        String compareQuery() {
            var parameters = new ArrayList<String>();
            for (var name : List.of("a", "b", "c", "draft", encoded())) {
                if (random.nextBoolean()) {
                    var value = name.equals("draft") ? TokenFuzz.percentEncoded(builderQuery()) : token()
                            + maybe(pick("/", "%2F") + version());
                    parameters.add(name + "=" + value);
                }
            }
            return String.join("&", parameters);
        }

        /** A real saved token now and then, so that versions and exports of existing scenarios are fuzzed too. */
        String token() {
            return random.nextInt(4) == 0 ? savedTokens.get(random.nextInt(savedTokens.size())) : encoded();
        }

        String version() {
            return pick("1", "2", "0", "-1", "999999999999", "1e3", "01", "%20", encoded());
        }

        String encoded() {
            return TokenFuzz.percentEncoded(TokenFuzz.randomToken(random));
        }

        String jsonText() {
            return TokenFuzz.randomToken(random).replace("\\", "\\\\").replace("\"", "\\\"")
                    .replaceAll("[\\u0000-\\u001f]", " ");
        }

        String maybe(String part) {
            return random.nextBoolean() ? part : "";
        }

        String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
