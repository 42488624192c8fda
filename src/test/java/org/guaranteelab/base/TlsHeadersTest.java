package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a proxy that ends TLS and says so (X-Forwarded-Proto from a trusted proxy, set up as
 * docs/deployment.md says), browsers are told to keep to HTTPS and the session cookie is Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native",
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"})
class TlsHeadersTest {

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void over_tls_every_answer_has_hsts_and_the_session_cookie_is_secure() {
        var page = http.get("/", "X-Forwarded-Proto", "https");
        var missing = http.get("/no/such/page", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(missing.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_cookie_works_without_tls() {
        var page = http.get("/");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }
}
