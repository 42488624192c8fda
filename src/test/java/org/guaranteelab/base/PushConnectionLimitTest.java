package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One client may hold only so many push connections at once (issue #22), however many pages it
 * opens; one over the cap is refused with 429 before the upgrade, and a closed one frees its place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "guarantee-lab.max-push-connections-per-client=2")
class PushConnectionLimitTest {

    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    @LocalServerPort
    int port;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<WebSocket> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(WebSocket::abort);
        browser.close();
    }

    @Test
    void a_client_past_its_push_cap_gets_429_and_a_closed_connection_frees_its_place() throws Exception {
        var pages = List.of(openPage(), openPage(), openPage());
        open.add(push(pages.get(0)));
        open.add(push(pages.get(1)));

        var third = catchThrowable(() -> push(pages.get(2)));

        assertThat(third).as("a third push connection").cause().isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) third.getCause()).getResponse().statusCode()).isEqualTo(429);

        open.removeFirst().abort();
        assertThat(pushOnceFreed(pages.get(2))).as("once the client has closed one").isNotNull();
    }

    /** The server learns of the close a moment after the client aborts. */
    private WebSocket pushOnceFreed(OpenPage page) throws Exception {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                var socket = push(page);
                open.add(socket);
                return socket;
            } catch (RuntimeException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(100);
            }
        }
    }

    private WebSocket push(OpenPage page) {
        var uri = URI.create("ws://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId=" + page.uiId() + "&v-pushId="
                + page.pushId() + "&X-Atmosphere-Transport=websocket&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-atmo-protocol=true");
        return browser.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() { })
                .orTimeout(5, TimeUnit.SECONDS).join();
    }

    private OpenPage openPage() throws Exception {
        var html = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var pushId = PUSH_ID.matcher(html);
        var uiId = UI_ID.matcher(html);
        assertThat(pushId.find()).as("the page names its push id").isTrue();
        assertThat(uiId.find()).as("the page names its UI").isTrue();
        return new OpenPage(Integer.parseInt(uiId.group(1)), pushId.group(1));
    }

    private record OpenPage(int uiId, String pushId) {
    }
}
