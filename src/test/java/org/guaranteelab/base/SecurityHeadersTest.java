package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void static_files_api_answers_and_errors_all_carry_the_security_headers() {
        for (var path : List.of("/robots.txt", "/styles.css", "/favicon.svg", "/api/cases/ukraine-2025",
                "/api/cases/no-such-case", "/api/scenarios/AAAAAAAAAAAAAAAAAAAAAA", "/no-such-file.js",
                "/VAADIN/no-such-file.js")) {
            assertSecurityHeaders(http.get(path), path);
        }
    }

    @Test
    void refused_requests_carry_the_security_headers_too() {
        var tooLarge = http.send(HttpRequest.newBuilder(http.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build());
        var wrongMethod = http.send(HttpRequest.newBuilder(http.uri("/api/cases/ukraine-2025"))
                .DELETE().build());

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertSecurityHeaders(tooLarge, "413");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertSecurityHeaders(wrongMethod, "405");
    }

    @Test
    void the_policy_forbids_plugins_framing_and_foreign_base_addresses() {
        var policy = http.get("/robots.txt").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy.split(";\\s*")).contains("object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'", "default-src 'self'", "connect-src 'self'");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        var cookies = http.get("/").headers().allValues("Set-Cookie");

        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));
    }

    static void assertSecurityHeaders(HttpResponse<?> response, String what) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    }
}
