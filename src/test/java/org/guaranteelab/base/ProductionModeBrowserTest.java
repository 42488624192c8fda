package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the packaged jar gives away as deployed: no database console, no actuator endpoint but the
 * health check, no development-mode page, and no stack trace or SQL in any error it answers with.
 */
@RealBrowserTest
class ProductionModeBrowserTest {

    /** What must never appear in a response body: stack frames, exception names, SQL, server versions. */
    static final List<String> LEAKS = List.of("at org.", "at com.", "at java.", "Exception", "exception",
            "select ", "SELECT ", "insert into", "INSERT INTO", "SQL", "h2database", "JdbcSQL", "Hibernate",
            "Tomcat/", "Whitelabel");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/h2-console", "/h2-console/", "/h2-console/login.do", "/actuator", "/actuator/env",
            "/actuator/beans", "/actuator/heapdump", "/actuator/configprops", "/actuator/mappings",
            "/actuator/metrics", "/actuator/loggers", "/actuator/threaddump", "/actuator/health/db"})
    void consoles_and_internal_endpoints_are_not_there(String path, AppPage app) throws Exception {
        var response = get(app, path);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertNoLeak(response, path);
    }

    @Test
    void the_health_check_says_up_and_nothing_more(AppPage app) throws Exception {
        var response = get(app, "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        // "groups" names the liveness and readiness probes (/actuator/health/liveness), nothing of the system.
        assertThat(response.body().replace(" ", "")).isIn("{\"status\":\"UP\"}",
                "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        SecurityHeadersTest.assertSecurityHeaders(response, "/actuator/health");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/source", "/no-such-page"})
    void pages_are_served_in_production_mode(String path, AppPage app) throws Exception {
        var body = get(app, path).body();

        assertThat(body).contains("\"productionMode\":true")
                .doesNotContain("\"productionMode\":false", "vaadin-dev-tools", "DEVELOPMENT mode", "devServer",
                        "@vite/client");
    }

    @Test
    void errors_answer_without_stack_traces_or_sql(AppPage app) throws Exception {
        var base = app.url("/");
        var requests = List.of(
                HttpRequest.newBuilder(URI.create(base + "no-such-page")).GET(),
                HttpRequest.newBuilder(URI.create(base + "api/cases/ukraine-2025")).DELETE(),
                HttpRequest.newBuilder(URI.create(base + "api/cases/no-such-case")).GET(),
                HttpRequest.newBuilder(URI.create(base + "api/scenarios/AAAAAAAAAAAAAAAAAAAAAA?version=x")).GET(),
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")),
                HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=99"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(URI.create(base))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])));
        for (var request : requests) {
            var built = request.timeout(Duration.ofSeconds(30)).build();
            var response = http.send(built, HttpResponse.BodyHandlers.ofString());
            var what = built.method() + " " + built.uri() + " -> " + response.statusCode();

            assertThat(response.statusCode()).as(what).isBetween(200, 499);
            assertNoLeak(response, what);
        }
    }

    @Test
    void a_malformed_address_gets_a_400_without_server_details(AppPage app) throws Exception {
        // Java's HTTP client refuses to send a malformed escape, so this goes over a plain socket.
        var base = URI.create(app.url("/"));
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /s/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).doesNotContain(LEAKS);
        }
    }

    private HttpResponse<String> get(AppPage app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertNoLeak(HttpResponse<String> response, String what) {
        assertThat(response.body()).as(what).doesNotContain(LEAKS);
    }
}
