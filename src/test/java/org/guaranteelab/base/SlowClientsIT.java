package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.guaranteelab.e2e.PackagedApp;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attack of issue #22, bounded: 200 connections each announce a 100,000-byte body and send it
 * one byte every three seconds, for a minute, against the packaged jar on loopback. Meanwhile a
 * normal client reads the case, loads the builder and saves scenarios, and must keep getting its
 * answers quickly. A slow connection the server closes is opened again, as an attacker would, up to
 * ten times the number of slow clients in all. System properties {@code slow-clients.count} and
 * {@code slow-clients.seconds} change the size of the run.
 */
class SlowClientsIT {

    private static final Logger log = LoggerFactory.getLogger(SlowClientsIT.class);
    private static final int SLOW_CLIENTS = Integer.getInteger("slow-clients.count", 200);
    private static final Duration ATTACK = Duration.ofSeconds(Long.getLong("slow-clients.seconds", 60));
    private static final Duration DRIP_EVERY = Duration.ofSeconds(3);
    private static final int ANNOUNCED_BYTES = 100_000;
    private static final int MAX_SLOW_CONNECTIONS = 10 * SLOW_CLIENTS;
    private static final Duration NORMAL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration NORMAL_PAUSE = Duration.ofMillis(250);
    private static final long P95_BUDGET_MS = 1000;

    @Test
    void two_hundred_slow_request_bodies_leave_a_normal_client_its_answers() throws Exception {
        try (var app = PackagedApp.start(PackagedApp.configuredJar());
             var slow = new SlowBodies(app.baseUrl().getPort());
             var dripper = Executors.newSingleThreadScheduledExecutor();
             var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(NORMAL_TIMEOUT).build()) {
            slow.openAll();
            dripper.scheduleAtFixedRate(slow::drip, DRIP_EVERY.toMillis(), DRIP_EVERY.toMillis(), TimeUnit.MILLISECONDS);

            var normal = new NormalClient(http, app.baseUrl());
            var end = System.nanoTime() + ATTACK.toNanos();
            while (System.nanoTime() < end) {
                normal.next();
                Thread.sleep(NORMAL_PAUSE.toMillis());
            }
            dripper.shutdownNow();

            var summary = "%d slow bodies for %d s (%d slow connections opened, %d closed by the server): normal client %s"
                    .formatted(SLOW_CLIENTS, ATTACK.toSeconds(), slow.opened, slow.closedByServer, normal.summary());
            log.info(summary);
            assertThat(normal.errors).as(summary).isEmpty();
            assertThat(normal.p95()).as(summary).isLessThan(P95_BUDGET_MS);
        }
    }

    /** One normal visitor: reads the case, loads the builder, saves a scenario, in turn. */
    private static final class NormalClient {

        private static final String SAVE = """
                {"title":"Steady client","author":"","notes":"","choices":"nato=bridge"}""";

        private final HttpClient http;
        private final URI base;
        private final List<Long> millis = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private int turn;

        NormalClient(HttpClient http, URI base) {
            this.http = http;
            this.base = base;
        }

        void next() throws InterruptedException {
            var request = switch (turn++ % 3) {
                case 0 -> HttpRequest.newBuilder(base.resolve("/api/cases/ukraine-2025")).GET();
                case 1 -> HttpRequest.newBuilder(base.resolve("/?nato=bridge")).GET();
                default -> HttpRequest.newBuilder(base.resolve("/api/scenarios"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SAVE));
            };
            var sent = request.timeout(NORMAL_TIMEOUT).build();
            var started = System.nanoTime();
            try {
                var status = http.send(sent, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200 && status != 201) {
                    errors.add(sent.method() + " " + sent.uri().getPath() + ": " + status);
                }
            } catch (IOException e) {
                errors.add(sent.method() + " " + sent.uri().getPath() + ": " + e);
            }
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }

        long p95() {
            var sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        }

        String summary() {
            var sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return "%d requests, p50 %d ms, p95 %d ms, max %d ms, %d errors%s".formatted(sorted.size(),
                    sorted.get(sorted.size() / 2), p95(), sorted.getLast(), errors.size(),
                    errors.isEmpty() ? "" : " (first: " + errors.getFirst() + ")");
        }
    }

    /**
     * The slow connections: each announces {@link #ANNOUNCED_BYTES} and sends one byte per drip.
     * An answer does not stop the dripping, as it would not stop an attacker; a connection the
     * server closed is replaced by a new one.
     */
    private static final class SlowBodies implements AutoCloseable {

        private final int port;
        private final Socket[] sockets = new Socket[SLOW_CLIENTS];
        private volatile int opened;
        private volatile int closedByServer;

        SlowBodies(int port) {
            this.port = port;
        }

        void openAll() throws IOException {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                sockets[i] = open(i);
            }
        }

        /** Alternates a route that reads its body (the JSON API) with one that takes none (a page). */
        private Socket open(int slot) throws IOException {
            var socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            var path = slot % 2 == 0 ? "/api/scenarios" : "/";
            var head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + ANNOUNCED_BYTES + "\r\n\r\n{";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            opened++;
            return socket;
        }

        void drip() {
            for (int i = 0; i < sockets.length; i++) {
                var socket = sockets[i];
                try {
                    if (socket == null) {
                        throw new IOException("not open");
                    }
                    OutputStream out = socket.getOutputStream();
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    if (socket != null) {
                        closedByServer++;
                    }
                    closeQuietly(socket);
                    sockets[i] = null;
                    if (opened < MAX_SLOW_CONNECTIONS) {
                        try {
                            sockets[i] = open(i);
                        } catch (IOException refused) {
                            sockets[i] = null;
                        }
                    }
                }
            }
        }

        @Override
        public void close() {
            for (var socket : sockets) {
                closeQuietly(socket);
            }
        }

        private static void closeQuietly(Socket socket) {
            if (socket == null) {
                return;
            }
            try {
                socket.close();
            } catch (IOException ignored) {
                // Already gone.
            }
        }
    }
}
