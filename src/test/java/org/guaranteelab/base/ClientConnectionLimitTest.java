package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One client holding its whole allowance of connections (idle, as a slow client's are) gets no
 * more, and nobody else notices. Loopback has many addresses: 127.0.0.1 plays the greedy client,
 * 127.0.0.2 another one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "guarantee-lab.max-connections-per-client=5")
class ClientConnectionLimitTest {

    @LocalServerPort
    int port;

    final List<Socket> held = new ArrayList<>();

    @AfterEach
    void closeHeld() throws IOException {
        for (var socket : held) {
            socket.close();
        }
    }

    @Test
    void a_client_at_its_connection_cap_is_refused_more_while_other_clients_are_served() throws Exception {
        for (int i = 0; i < 5; i++) {
            held.add(connect("127.0.0.1"));
        }
        Thread.sleep(200);

        assertThat(statusLine("127.0.0.1")).as("a sixth connection from the same client").isEmpty();
        assertThat(statusLine("127.0.0.2")).as("another client").contains("HTTP/1.1 200 ");

        held.removeFirst().close();
        Thread.sleep(200);
        assertThat(statusLine("127.0.0.1")).as("once the client has closed one").contains("HTTP/1.1 200 ");
    }

    private Socket connect(String from) throws IOException {
        var socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setSoTimeout(5000);
        return socket;
    }

    /** The status line of a GET on a new connection, or empty if the server closed it unanswered. */
    private String statusLine(String from) throws IOException {
        try (var socket = connect(from)) {
            socket.getOutputStream().write(("GET /api/cases/ukraine-2025 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.lines().findFirst().orElse("");
        } catch (SocketException reset) {
            return "";
        }
    }
}
