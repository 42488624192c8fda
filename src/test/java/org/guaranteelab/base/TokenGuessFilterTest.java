package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Unknown links over HTTP with the default limit (the other tests run with a limit they cannot
 * reach). The guesses come from 127.0.0.2, a loopback address of their own, to show that other
 * clients (127.0.0.1) are unaffected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "guarantee-lab.sharing.failed-lookups-per-minute=" + TokenGuessFilterTest.ALLOWED_MISSES)
class TokenGuessFilterTest {

    /** The default of guarantee-lab.sharing.failed-lookups-per-minute. */
    static final int ALLOWED_MISSES = 30;

    @LocalServerPort
    int port;

    private final HttpClient guesser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .localAddress(address("127.0.0.2"))
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void after_too_many_unknown_links_a_client_gets_429_until_the_minute_is_over() {
        var http = new LocalHttp(port);
        for (int i = 0; i < ALLOWED_MISSES; i++) {
            assertThat(get(http, "/api/scenarios/" + ShareToken.generate(), null).statusCode()).as("miss %d", i)
                    .isEqualTo(404);
        }

        var api = get(http, "/api/scenarios/" + ShareToken.generate(), null);
        var page = get(http, "/s/" + ShareToken.generate(), null);
        var forged = get(http, "/e/" + ShareToken.generate(), "198.51.100.1");

        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("<h1>Too many unknown links</h1>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(forged.statusCode()).as("with a forged X-Forwarded-For").isEqualTo(429);
        assertThat(http.get("/api/scenarios/" + ShareToken.generate()).statusCode()).as("another client")
                .isEqualTo(404);
        assertThat(get(http, "/api/cases/ukraine-2025", null).statusCode()).as("other addresses").isEqualTo(200);
    }

    /** A request from 127.0.0.2. */
    private HttpResponse<String> get(LocalHttp http, String path, String forwardedFor) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return guesser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
