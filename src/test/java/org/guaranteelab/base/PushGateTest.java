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
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The push endpoint serves only pages that are open, and no other site (issue #22): WebSocket
 * upgrades and long polls without the session, UI and push id of an open page are refused before
 * they open, and no answer carries CORS headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushGateTest {

    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final String ATMOSPHERE = "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-atmo-protocol=true";

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void openClient() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void closeClient() {
        browser.close();
    }

    @Test
    void a_websocket_upgrade_without_a_session_is_refused_before_it_opens() {
        var stranger = HttpClient.newHttpClient();

        var refused = catchThrowable(() -> upgrade(stranger, "v-uiId=0&v-pushId=guessed"));

        assertThat(refused).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(403);
    }

    @Test
    void a_websocket_upgrade_naming_a_ui_or_push_id_the_session_does_not_have_is_refused() throws Exception {
        var page = openPage();

        var otherUi = catchThrowable(() -> upgrade(browser, "v-uiId=" + (page.uiId() + 7) + "&v-pushId=" + page.pushId()));
        var otherPushId = catchThrowable(() -> upgrade(browser, "v-uiId=" + page.uiId() + "&v-pushId=guessed"));

        assertThat(otherUi).cause().isInstanceOf(WebSocketHandshakeException.class);
        assertThat(otherPushId).cause().isInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void an_open_page_gets_its_push_connection() throws Exception {
        var page = openPage();

        var socket = upgrade(browser, "v-uiId=" + page.uiId() + "&v-pushId=" + page.pushId());

        assertThat(socket.isInputClosed()).isFalse();
        socket.abort();
    }

    @Test
    void the_push_endpoint_sends_no_cors_headers_to_another_site() throws Exception {
        var page = openPage();
        var longPoll = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId="
                        + page.uiId() + "&v-pushId=" + page.pushId() + "&X-Atmosphere-Transport=long-polling" + ATMOSPHERE))
                .header("Origin", "https://attacker.example").timeout(Duration.ofSeconds(10)).build();
        var stranger = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId=0"
                        + "&v-pushId=guessed&X-Atmosphere-Transport=long-polling" + ATMOSPHERE))
                .header("Origin", "https://attacker.example").timeout(Duration.ofSeconds(10)).build();

        // Returns with the headers; the long poll itself stays open until closed here.
        var answer = browser.send(longPoll, HttpResponse.BodyHandlers.ofInputStream());
        answer.body().close();
        var refused = HttpClient.newHttpClient().send(stranger, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(refused.headers().firstValue("Set-Cookie")).as("no session made for a stranger").isEmpty();
    }

    private WebSocket upgrade(HttpClient client, String query) throws Exception {
        var uri = URI.create("ws://localhost:" + port + "/VAADIN/push?v-r=push&" + query
                + "&X-Atmosphere-Transport=websocket" + ATMOSPHERE);
        return client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
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
