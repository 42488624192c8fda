package org.guaranteelab.sharing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.PackagedApp;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.e2e.SavedScenario;
import org.guaranteelab.base.ShareToken;
import org.junit.jupiter.api.Test;

/**
 * What the packaged app writes to its log while a student saves, shares, edits and exports a
 * scenario and someone tries unknown links or malformed addresses: never a token, a link, a title or
 * a note, whoever writes the line (the app, Vaadin or Tomcat).
 */
@RealBrowserTest
class LogHygieneBrowserTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void a_full_flow_leaves_no_token_title_or_note_in_the_log(AppPage author, AppPage reader, PackagedApp app)
            throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var title = "Log title " + marker;
        var notes = "Private note " + marker + "\r\n2026-01-01T00:00:00Z  INFO forged entry " + marker;
        var saved = SavedScenario.saveFromBuilder(author, "/?nato=bridge&g7", title, notes);
        reader.open(saved.viewUrl());
        assertThat(reader.page().locator("#scenario-heading")).hasText(title);
        author.open(saved.editUrl());
        author.page().locator("#scenario-notes textarea").fill("Second private note " + marker);
        author.page().locator("#save-version").click();
        assertThat(author.page().getByText("Version 2 is the latest.")).isVisible();
        var unknown = ShareToken.generate();
        var requests = List.of(saved.viewUrl() + "/1", author.url("/api/scenarios/" + saved.viewToken()),
                author.url("/api/scenarios/" + saved.viewToken() + "/export.md"),
                author.url("/api/scenarios/" + saved.viewToken() + "/export.csv?version=1"),
                author.url("/compare?a=" + saved.viewToken() + "&draft=nato%3Dbridge"),
                author.url("/remix/" + saved.viewToken()), author.url("/s/" + unknown), author.url("/e/" + unknown),
                author.url("/api/scenarios/" + unknown), author.url("/s/" + unknown + "%0D%0Aforged%20" + marker));
        for (var url : requests) {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        var editToken = saved.editUrl().substring(saved.editUrl().lastIndexOf('/') + 1);
        // Lines that Vaadin ("Blocked attempt to access file: /e/…/..") and Tomcat ("Invalid character found
        // in the request target [/e/…]", logged for the first such request) write with the address in them.
        var port = URI.create(saved.editUrl()).getPort();
        for (var requestLine : List.of("GET /e/" + editToken + "/\"x HTTP/1.1", "GET /e/" + editToken + "/.. HTTP/1.1",
                "GET /remix/" + saved.viewToken() + "/%2e%2e/x HTTP/1.1", "GET /join?code=" + marker + "\u0001 HTTP/1.1")) {
            try (var socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                socket.getInputStream().readAllBytes();
            }
        }

        var log = Files.readString(app.logFile());

        assertThat(log).as("the app's log, %s", app.logFile())
                .doesNotContain(saved.viewToken(), editToken, unknown, marker);
    }
}
