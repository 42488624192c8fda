package org.guaranteelab.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved scenarios, written as a script writes them: {@code POST /api/scenarios} from several
 * threads with random titles, multi-line notes and choices. Acknowledged means answered 201; the
 * check reads each back through {@code GET /api/scenarios/{view token}}: title, notes and choices.
 */
final class ScenarioSaves implements Writes {

    private static final int THREADS = 4;
    private static final List<String> CHOICES = List.of("", "nato=bridge", "g7&bilateral",
            "sanctions=strengthened&foreign-forces", "nato=fast-track&g7&bilateral&multilateral&foreign-forces"
                    + "&military-technical-assistance&sanctions=strengthened&europe-steps-up&us-russia-talks");
    private static final String TEXT = "abcdefghijklmnopqrstuvwxyz ABC 0123456789 .,;:!?'\"()-–—’“”<>&/ ДобрийденьКиїв€😀🇺🇦";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One acknowledged save and what must be found again. */
    private record Saved(String viewToken, String title, String notes, String choices) {
    }

    private final HttpClient http;
    private final Queue<Saved> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger cut = new AtomicInteger();

    ScenarioSaves(HttpClient http) {
        this.http = http;
    }

    @Override
    public Burst start(URI base, int round, Random random, AtomicBoolean stopped) {
        var firstAck = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < THREADS; t++) {
            var threadRandom = new Random(random.nextLong());
            var name = "r" + round + "t" + t;
            threads.add(Thread.ofPlatform().name("durability-save-" + name).start(() -> {
                for (int i = 0; !stopped.get(); i++) {
                    var write = new Write(name + "-" + i, threadRandom);
                    try {
                        var response = http.send(write.request(base), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            var body = JSON.readTree(response.body());
                            var view = body.get("view").asString();
                            acknowledged.add(new Saved(view.substring(view.lastIndexOf('/') + 1), write.title,
                                    write.notes, body.get("choices").asString()));
                            firstAck.countDown();
                        } else {
                            cut.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // The kill cut this request off: it was never acknowledged, so it may or may not be stored.
                        cut.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        return new Burst(threads, firstAck);
    }

    @Override
    public List<String> check(URI base, int restart) throws InterruptedException {
        var lost = new ArrayList<String>();
        for (var saved : acknowledged) {
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("api/scenarios/" + saved.viewToken()))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    lost.add("after restart " + restart + ": save " + saved.title() + " answered "
                            + response.statusCode());
                    continue;
                }
                var body = JSON.readTree(response.body());
                var found = new Saved(saved.viewToken(), body.get("title").asString(), body.get("notes").asString(),
                        body.get("address").asString());
                if (!found.equals(saved)) {
                    lost.add("after restart " + restart + ": save changed: expected " + saved + " but found " + found);
                }
            } catch (IOException e) {
                lost.add("after restart " + restart + ": save " + saved.title() + " could not be read: " + e);
            }
        }
        return lost;
    }

    @Override
    public String acknowledged() {
        return acknowledged.size() + " acknowledged saves";
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    @Override
    public int cut() {
        return cut.get();
    }

    /** One save as a script sends it: random title, multi-line notes and choices. */
    private static final class Write {

        final String title;
        final String notes;
        final String choices;

        Write(String name, Random random) {
            // At most 40 code points of 2 UTF-16 units each, within the title's 120 characters.
            title = "[" + name + " " + text(random, random.nextInt(40)) + "]";
            var lines = new ArrayList<String>();
            for (int line = random.nextInt(6); line >= 0; line--) {
                lines.add("[" + text(random, random.nextInt(200)) + "]");
            }
            notes = String.join("\n", lines);
            choices = CHOICES.get(random.nextInt(CHOICES.size()));
        }

        HttpRequest request(URI base) {
            var body = JSON.createObjectNode().put("title", title).put("author", "durability").put("notes", notes)
                    .put("choices", choices);
            return HttpRequest.newBuilder(base.resolve("api/scenarios"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        }

        private static String text(Random random, int length) {
            var codePoints = TEXT.codePoints().toArray();
            var text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            return text.toString();
        }
    }
}
