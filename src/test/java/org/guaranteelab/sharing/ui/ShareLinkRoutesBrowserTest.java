package org.guaranteelab.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.RealBrowserTest;
import org.guaranteelab.sharing.TokenFuzz;
import org.junit.jupiter.api.Test;

/**
 * Every page route that takes a token answers a guessed, mangled or huge token with the app's own
 * not-found page, never a 500 or a stack trace. Run against the packaged jar, as deployed.
 */
@RealBrowserTest
class ShareLinkRoutesBrowserTest {

    private static final long SEED = 20250305L;
    private static final int TOKENS = 150;
    private static final List<String> ROUTES = List.of("s/", "e/", "remix/", "s/AAAAAAAAAAAAAAAAAAAAAA/");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void random_tokens_get_the_not_found_page_and_never_a_server_error(AppPage app) throws Exception {
        var random = new Random(SEED);
        for (int i = 0; i < TOKENS; i++) {
            var token = TokenFuzz.randomToken(random);
            for (var route : ROUTES) {
                var url = app.url("/" + route + TokenFuzz.percentEncoded(token));
                var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as("seed %d, token %d: %s", SEED, i, url).isIn(400, 404);
                assertThat(response.body()).as("seed %d, token %d", SEED, i)
                        .doesNotContain("Exception", "at org.", "at com.");
                if (response.statusCode() == 404) {
                    assertThat(response.body()).as("seed %d, token %d", SEED, i).contains("Page not found");
                }
            }
        }
    }

    @Test
    void a_version_that_does_not_exist_gets_the_not_found_page(AppPage app) throws Exception {
        app.open("/?nato=bridge");
        app.page().locator("#save-and-share").click();
        app.page().locator("#scenario-title input").fill("Versions");
        app.page().locator("#save-scenario").click();
        var viewLink = app.page().locator("#view-link input").inputValue();

        assertThat(status(viewLink)).isEqualTo(200);
        assertThat(status(viewLink + "/1")).isEqualTo(200);
        for (var version : List.of("0", "2", "-1", "x", "99999999999999", "1e3")) {
            assertThat(status(viewLink + "/" + version)).as("version %s", version).isEqualTo(404);
        }
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
