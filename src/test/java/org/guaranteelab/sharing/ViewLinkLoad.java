package org.guaranteelab.sharing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded load loop for scripts/benchmark-view-links.sh: GETs {@code path-template} (with a
 * token from the file in place of %s) a fixed number of times from a fixed number of threads, and
 * prints what the client saw. Warm-up requests carry {@code ?warmup} so the script can leave them
 * out of the server-side figures it reads from the access log.
 *
 * <p>Arguments: base URL, token file, path template, requests, concurrency, warm-up requests,
 * time limit in seconds.
 */
public final class ViewLinkLoad {

    private ViewLinkLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            throw new IllegalArgumentException("usage: ViewLinkLoad <base-url> <token-file> <path-template> "
                    + "<requests> <concurrency> <warmup> <max-seconds>");
        }
        var base = args[0];
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        var template = args[2];
        var requests = Integer.parseInt(args[3]);
        var concurrency = Integer.parseInt(args[4]);
        var warmup = Integer.parseInt(args[5]);
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[6]));
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        run(client, base, tokens, template + "?warmup", warmup, concurrency, deadline, new long[warmup]);
        var latencies = new long[requests];
        var started = System.nanoTime();
        var result = run(client, base, tokens, template, requests, concurrency, deadline, latencies);
        var seconds = (System.nanoTime() - started) / 1e9;

        var done = latencies.length - (int) Arrays.stream(latencies).filter(latency -> latency == 0).count();
        var measured = Arrays.stream(latencies).filter(latency -> latency > 0).sorted().toArray();
        System.out.printf("client %s: %d requests in %.1f s (%.0f/s), concurrency %d, statuses %s, errors %d%n",
                template, done, seconds, done / seconds, concurrency, new TreeMap<>(result.statuses()),
                result.errors().sum());
        System.out.printf("client %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", template,
                percentile(measured, 50), percentile(measured, 95), percentile(measured, 99), percentile(measured, 100));
    }

    private record Result(Map<Integer, LongAdder> statuses, LongAdder errors) {
    }

    private static Result run(HttpClient client, String base, List<String> tokens, String template, int requests,
                              int concurrency, long deadline, long[] latencies) throws InterruptedException {
        var result = new Result(new ConcurrentHashMap<>(), new LongAdder());
        var next = new AtomicInteger();
        var seed = new AtomicLong(20250311L);
        try (var pool = Executors.newFixedThreadPool(concurrency)) {
            for (int thread = 0; thread < concurrency; thread++) {
                pool.execute(() -> {
                    var random = new Random(seed.getAndIncrement());
                    for (int index = next.getAndIncrement(); index < requests && System.nanoTime() < deadline;
                         index = next.getAndIncrement()) {
                        var token = tokens.get(random.nextInt(tokens.size()));
                        var request = HttpRequest.newBuilder(URI.create(base + template.formatted(token)))
                                .timeout(Duration.ofSeconds(10)).GET().build();
                        var start = System.nanoTime();
                        try {
                            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            latencies[index] = Math.max(1, System.nanoTime() - start);
                            result.statuses().computeIfAbsent(response.statusCode(), status -> new LongAdder()).increment();
                            if (response.statusCode() != 200) {
                                result.errors().increment();
                            }
                        } catch (IOException e) {
                            result.errors().increment();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        return result;
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        var rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
