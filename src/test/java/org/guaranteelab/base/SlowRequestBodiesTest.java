package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Request bodies that trickle in hold no worker thread and are cut off after
 * {@code guarantee-lab.request-body-timeout}. Tomcat has 8 threads here, so that a few connections
 * show what 200 did to the packaged app (SlowClientsIT runs that). A client may hold 64 KB of
 * unfinished bodies here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=8",
        "server.tomcat.threads.min-spare=2",
        "guarantee-lab.request-body-timeout=3s",
        "guarantee-lab.request-body-memory-per-client=64KB"})
class SlowRequestBodiesTest {

    private static final int SLOW_CONNECTIONS = 16;

    @LocalServerPort
    int port;

    LocalHttp http;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (var socket : sockets) {
            socket.close();
        }
    }

    @Test
    void bodies_stalled_on_more_connections_than_there_are_threads_leave_other_requests_their_answers() throws Exception {
        for (int i = 0; i < SLOW_CONNECTIONS; i++) {
            startBody(i % 2 == 0 ? "/api/scenarios" : "/", 100_000, "{");
        }
        Thread.sleep(300);

        var started = System.nanoTime();
        var answer = http.send(HttpRequest.newBuilder(http.uri("/api/cases/ukraine-2025"))
                .timeout(Duration.ofSeconds(2)).build());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("answered well before the stalled bodies time out").isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_body_that_stops_arriving_is_answered_408_and_its_connection_closed() throws Exception {
        var socket = startBody("/api/scenarios", 1000, "{\"title\":");
        socket.setSoTimeout(10_000);

        var started = System.nanoTime();
        var answer = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);

        assertThat(answer).startsWith("HTTP/1.1 408 ").contains("application/problem+json")
                .contains("did not arrive within 3 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void a_body_that_arrives_in_pieces_within_the_time_reaches_the_app_whole() throws Exception {
        var json = "{\"title\":\"In pieces\",\"author\":\"\",\"notes\":\"\",\"choices\":\"nato=bridge\"}";
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        var socket = startBody("/api/scenarios", bytes.length, "");
        socket.setSoTimeout(10_000);
        var out = socket.getOutputStream();
        for (int from = 0; from < bytes.length; from += 20) {
            out.write(bytes, from, Math.min(20, bytes.length - from));
            out.flush();
            Thread.sleep(200);
        }

        var answer = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);

        assertThat(answer).startsWith("HTTP/1.1 201 ").contains("\"choices\":\"nato=bridge\"");
    }

    @Test
    void a_body_posted_to_a_page_address_keeps_its_query_string() {
        var page = http.get("/");
        var cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        var uidl = http.send(HttpRequest.newBuilder(http.uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"wrong\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build());

        assertThat(uidl.body()).as("Vaadin's answer to a UIDL message, not a page").doesNotContain("<html");
    }

    @Test
    void a_client_holding_its_share_of_body_memory_is_refused_more_until_its_bodies_are_done() throws Exception {
        var padding = " ".repeat(30_000);
        startBody("/api/scenarios", 100_000, "{" + padding);
        startBody("/api/scenarios", 100_000, "{" + padding);
        Thread.sleep(300);
        var third = startBody("/api/scenarios", 100_000, "{" + " ".repeat(7_999));
        third.setSoTimeout(5000);

        var refused = new String(readUntilClosed(third.getInputStream()), StandardCharsets.UTF_8);
        var otherClient = save("127.0.0.2");

        assertThat(refused).startsWith("HTTP/1.1 503 ").contains("Retry-After: 10");
        assertThat(otherClient).as("another client meanwhile").startsWith("HTTP/1.1 201 ");
        Thread.sleep(4000);
        assertThat(save("127.0.0.1")).as("the same client once its stalled bodies timed out").startsWith("HTTP/1.1 201 ");
    }

    private String save(String from) throws IOException {
        var json = "{\"title\":\"Small\",\"author\":\"\",\"notes\":\"\",\"choices\":\"nato=bridge\"}";
        var socket = new Socket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(("POST /api/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + json.length() + "\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8));
        return new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
    }

    /** Opens a connection and sends a request whose body announces {@code length} bytes but sends only {@code start}. */
    private Socket startBody(String path, int length, String start) throws IOException {
        var socket = new Socket();
        sockets.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        var head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + length + "\r\n\r\n" + start;
        socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    private static byte[] readUntilClosed(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
