package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error status the app answers with, each with the app's own page (people) or problem JSON
 * (the API), never Spring's "Whitelabel Error Page", Tomcat's "HTTP Status 400" or a 500 for bad
 * input (issues #19 and #22).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void a_malformed_escape_in_the_address_gets_400_with_the_apps_page() {
        var answer = raw("GET /?nato=%%% HTTP/1.1");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Guarantee Lab", "This address is not understood",
                "Content-Security-Policy: ").doesNotContain("Whitelabel");
    }

    @Test
    void an_unknown_request_type_gets_400_on_any_path() {
        for (var path : List.of("/?v-r=foo", "/compare?v-r=oldbrowser", "/s/x?v-r=%00",
                "/source?v-r=webcomponent-resync&query=a%26a")) {
            assertAppPage(http.get(path, "Accept", HTML), 400, "This address is not understood");
        }
    }

    @Test
    void an_invalid_location_parameter_gets_400() {
        for (var path : List.of("/join?location=%2F..%2F", "/?v-r=init&location=..", "/teach?location=/&query=%25zz")) {
            assertAppPage(http.get(path, "Accept", HTML), 400, "This address is not understood");
        }
    }

    /** Browsers resolve "..", so only a hand-made request sends one; Vaadin answered it with an empty 400. */
    @Test
    void a_dot_segment_left_in_the_path_gets_400_with_the_apps_page() {
        for (var path : List.of("/s/abc/../../x", "/a/../../x", "/cases/./x/..", "/VAADIN/../source")) {
            assertThat(raw("GET " + path + " HTTP/1.1")).as(path).startsWith("HTTP/1.1 400")
                    .contains("Guarantee Lab", "This address is not understood", "Content-Security-Policy: ");
        }
    }

    /** Vaadin parses the location with the query parser whose cost grows with the square of a repeated name. */
    @Test
    void a_location_with_thousands_of_parameters_gets_400_before_vaadin_parses_it() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/?v-r=init"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString("location=" + "a%26".repeat(200_000))).build());

        assertAppPage(response, 400, "This address is not understood");
    }

    @Test
    void a_malformed_form_body_gets_no_server_error_with_any_method_on_any_path() {
        for (var method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (var path : List.of("/", "/s/x", "/api/cases/ukraine-2025", "/api/scenarios")) {
                var response = http.send(HttpRequest.newBuilder(http.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                        .method(method, HttpRequest.BodyPublishers.ofString("%%%=&a=%zz")).build());

                assertThat(response.statusCode()).as(method + " " + path).isBetween(200, 499);
                if (response.statusCode() >= 400) {
                    assertOwnAnswer(response, method + " " + path);
                }
            }
        }
    }

    /** A navigation in a client message carries an address that Vaadin parses the same way. */
    @Test
    void a_client_message_with_thousands_of_query_separators_gets_400() {
        var message = "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"publishedEventHandler\",\"node\":1,"
                + "\"templateEventMethodName\":\"connectClient\",\"templateEventMethodArgs\":[\"\",\""
                + "a\\u0026".repeat(600) + "a&".repeat(600) + "\"]}],\"syncId\":0,\"clientId\":0}";

        var response = http.send(HttpRequest.newBuilder(http.uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertOwnAnswer(response, "UIDL");
    }

    /** Found by the wide route fuzzing: Spring's actuator threw on "*&#47;*", which answered 500. */
    @Test
    void a_content_type_that_is_not_one_media_type_gets_400() {
        for (var type : List.of("*/*", "garbage", "text/plain; charset=no-such-charset")) {
            var response = http.send(HttpRequest.newBuilder(http.uri("/actuator/health")).header("Content-Type", type)
                    .method("GET", HttpRequest.BodyPublishers.ofString("{")).build());

            assertThat(response.statusCode()).as(type).isEqualTo(400);
            assertOwnAnswer(response, type);
        }
    }

    @Test
    void an_unknown_address_gets_404_as_a_page_or_as_problem_json() {
        assertAppPage(http.get("/no/such/page", "Accept", HTML), 404, "Page not found");
        var api = http.get("/api/cases/no-such-case");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void a_wrong_method_gets_405_and_a_wrong_media_type_415_as_problem_json() {
        var wrongMethod = http.send(HttpRequest.newBuilder(http.uri("/api/cases/ukraine-2025")).DELETE().build());
        var wrongType = http.send(HttpRequest.newBuilder(http.uri("/api/scenarios")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        for (var response : List.of(wrongMethod, wrongType)) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    @Test
    void a_body_over_the_limit_gets_413_as_problem_json() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    /** Found by the wide route fuzzing: "]" passes Tomcat but not java.net.URI, which Spring used for the answer. */
    @Test
    void an_api_address_with_a_bracket_gets_400_not_500_and_one_log_line(CapturedOutput output) {
        assertThat(raw("GET /api/cases/ukraine-2025] HTTP/1.1")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json");
        // A wrong method on such an address made Spring's problem answer fail with a logged stack trace.
        assertThat(raw("POST /s/AAAAAAAAAAAAAAAAAAAAAA/1] HTTP/1.1")).startsWith("HTTP/1.1 405");
        assertThat(raw("DELETE /api/scenarios/AAAAAAAAAAAAAAAAAAAAAA|`[] HTTP/1.1")).startsWith("HTTP/1.1 405");
        assertThat(output.getOut()).contains("400 on GET /api/cases/ukraine-2025]")
                .doesNotContain("Failure in @ExceptionHandler", "\tat org.");
    }

    /** Found by the wide route fuzzing: a request that claims a multipart body made the error page fail. */
    @Test
    void a_broken_multipart_body_gets_no_server_error() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/actuator")).header("Content-Type", "multipart/form-data")
                .method("GET", HttpRequest.BodyPublishers.ofString("--xyz\r\nbroken")).build());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertOwnAnswer(response, "multipart");
    }

    /** Browsers send these unencoded; Tomcat refused them with its own bare page (issue #22). */
    @Test
    void links_with_braces_bars_and_carets_are_served() {
        assertThat(raw("GET /?nato=bridge&x={a|b^c} HTTP/1.1")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET /s/{x}|y^ HTTP/1.1")).startsWith("HTTP/1.1 404").contains("Guarantee Lab");
    }

    @Test
    void requests_the_server_refuses_before_the_app_get_the_apps_page_and_the_security_headers() {
        for (var requestLine : List.of("GET /a\"b HTTP/1.1", "GET /?q=" + "x".repeat(9000) + " HTTP/1.1",
                "GET /\u0001 HTTP/1.1")) {
            var answer = raw(requestLine);

            assertThat(answer).as(requestLine.substring(0, 12)).startsWith("HTTP/1.1 400")
                    .contains("Guarantee Lab", "This address is not understood",
                            "Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY,
                            "X-Content-Type-Options: nosniff")
                    .doesNotContain("HTTP Status 400", "Apache Tomcat");
        }
    }

    private String raw(String requestLine) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAccept: " + HTML
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertAppPage(HttpResponse<String> response, int status, String heading) {
        var what = response.request().method() + " " + response.request().uri();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(what).startsWith("text/html");
        assertThat(response.body()).as(what).contains("Guarantee Lab", heading).doesNotContain("Whitelabel");
        SecurityHeadersTest.assertSecurityHeaders(response, what);
    }

    private static void assertOwnAnswer(HttpResponse<String> response, String what) {
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            assertThat(response.body()).as(what).contains("Guarantee Lab").doesNotContain("Whitelabel", "HTTP Status");
        } else {
            assertThat(type).as(what).startsWith("application/problem+json");
        }
        SecurityHeadersTest.assertSecurityHeaders(response, what);
    }
}
