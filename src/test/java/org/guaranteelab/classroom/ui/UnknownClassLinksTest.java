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
import java.util.Optional;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.JoinOutcome;
import org.guaranteelab.classroom.RoleMode;
import org.guaranteelab.classroom.SubmitOutcome;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.base.ShareToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Board and student links that lead nowhere: over HTTP, the app's own page with 404, and guesses count
 * against the same allowance as share links. Each test guesses from an address of its own (127.0.0.3
 * over HTTP, 192.0.2.99 in the service), so that the others keep their allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "guarantee-lab.sharing.failed-lookups-per-minute=" + UnknownClassLinksTest.ALLOWED_MISSES)
class UnknownClassLinksTest {

    static final int ALLOWED_MISSES = 6;

    @LocalServerPort
    int port;
    @Autowired
    ClassroomService classrooms;

    @Test
    void unknown_board_and_student_links_answer_404_with_the_apps_own_page() {
        var http = new LocalHttp(port);

        for (var path : new String[] {"/t/" + ShareToken.generate(), "/c/" + ShareToken.generate(), "/c/not-a-token",
                "/t/" + ShareToken.generate() + "/worksheet"}) {
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

    @Test
    void a_client_past_its_guesses_opens_no_class_link_but_a_page_already_open_still_submits() {
        var started = classrooms.start(new ClassSetup("History 11B", Optional.empty(), RoleMode.NONE));
        var ana = ((JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", "192.0.2.10")).participantToken();
        try {
            for (int i = 0; i < ALLOWED_MISSES; i++) {
                servingRequestFrom("192.0.2.99");
                var found = i % 2 == 0 ? classrooms.membership(ShareToken.generate()).isPresent()
                        : classrooms.board(ShareToken.generate()).isPresent();
                assertThat(found).as("guess %d", i).isFalse();
            }
            servingRequestFrom("192.0.2.99");

            assertThat(classrooms.membership(ana)).as("opening a real link").isEmpty();
            assertThat(classrooms.board(started.boardToken())).isEmpty();
            assertThat(classrooms.submit(ana, Choices.none().with("foreign-forces"))).as("from a page already open")
                    .isInstanceOf(SubmitOutcome.Submitted.class);
            servingRequestFrom("192.0.2.100");
            assertThat(classrooms.membership(ana)).as("another client").isPresent();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** A request being served, as the token guess limiter sees it (in-app navigation, not a page load). */
    private static void servingRequestFrom(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
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
