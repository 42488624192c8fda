package org.guaranteelab.classroom.ui;

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
import org.guaranteelab.sharing.ShareToken;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Board and student links that lead nowhere, over HTTP: the app's own page with 404, and guesses count
 * against the same allowance as share links. The guesses come from 127.0.0.3, a loopback address of
 * their own, so that the other test (from 127.0.0.1) keeps its allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "guarantee-lab.sharing.failed-lookups-per-minute=" + UnknownClassLinksTest.ALLOWED_MISSES)
class UnknownClassLinksTest {

    static final int ALLOWED_MISSES = 6;

    @LocalServerPort
    int port;

    @Test
    void unknown_board_and_student_links_answer_404_with_the_apps_own_page() {
        var http = new LocalHttp(port);

        for (var path : new String[] {"/t/" + ShareToken.generate(), "/c/" + ShareToken.generate(), "/c/not-a-token"}) {
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Class not found").contains("Guarantee Lab");
        }
    }

    @Test
    void guessing_class_links_is_limited_like_share_links() {
        var guesser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(address("127.0.0.3"))
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < ALLOWED_MISSES; i++) {
            var path = (i % 2 == 0 ? "/t/" : "/c/") + ShareToken.generate();
            assertThat(get(guesser, path).statusCode()).as("guess %d", i).isEqualTo(404);
        }

        var board = get(guesser, "/t/" + ShareToken.generate());
        var student = get(guesser, "/c/" + ShareToken.generate());
        var shareLink = get(guesser, "/s/" + ShareToken.generate());

        assertThat(board.statusCode()).isEqualTo(429);
        assertThat(board.body()).contains("Too many unknown links");
        assertThat(student.statusCode()).isEqualTo(429);
        assertThat(shareLink.statusCode()).as("one allowance for all links").isEqualTo(429);
        assertThat(new LocalHttp(port).get("/c/" + ShareToken.generate()).statusCode()).as("another client")
                .isEqualTo(404);
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
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
