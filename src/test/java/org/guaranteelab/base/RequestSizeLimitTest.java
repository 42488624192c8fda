package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeLimitTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void a_two_megabyte_post_is_refused_with_413_and_the_app_keeps_serving() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(TWO_MB)))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("at most 1048576 bytes");
        assertThat(http.get("/api/cases/ukraine-2025").statusCode()).isEqualTo(200);
    }

    @Test
    void a_chunked_body_is_refused_once_it_passes_the_limit() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body(TWO_MB))))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(http.get("/api/cases/ukraine-2025").statusCode()).isEqualTo(200);
    }

    @Test
    void bodies_within_the_limit_are_not_refused() {
        var announced = http.send(HttpRequest.newBuilder(http.uri("/api/cases/ukraine-2025"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(1024 * 1024)))
                .build());
        var chunked = http.send(HttpRequest.newBuilder(http.uri("/api/cases/ukraine-2025"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body(1024 * 1024))))
                .build());

        assertThat(announced.statusCode()).as("the API takes no POST, but the body got through").isEqualTo(405);
        assertThat(chunked.statusCode()).isEqualTo(405);
    }

    private static byte[] body(int size) {
        var body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        return body;
    }
}
