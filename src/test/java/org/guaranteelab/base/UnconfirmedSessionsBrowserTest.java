package org.guaranteelab.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.guaranteelab.e2e.AppPage;
import org.guaranteelab.e2e.PackagedApp;
import org.guaranteelab.e2e.RealBrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A page fetched by something that never talks back (a link preview, a crawler, a script) frees its
 * session soon; a page open in a browser keeps its session and its state for as long as it is open.
 */
@RealBrowserTest
class UnconfirmedSessionsBrowserTest {

    private static final Duration PAST_UNCONFIRMED = PackagedApp.UNCONFIRMED_SESSION.plusSeconds(5);

    @Test
    void a_fetched_page_lets_its_session_go_while_a_page_open_in_a_browser_keeps_working(AppPage app)
            throws Exception {
        var silent = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(fetch(silent, app)).isEqualTo(200);
        var talksBack = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(fetch(talksBack, app)).isEqualTo(200);
        assertThat(heartbeat(talksBack, app)).as("a heartbeat right after the fetch").isEqualTo(200);
        app.open("/?nato=bridge");
        var page = app.page();
        assertThat(page.locator("#scenario-status")).hasText(Pattern.compile("^1 option chosen; "));

        Thread.sleep(PAST_UNCONFIRMED.toMillis());

        assertThat(heartbeat(silent, app)).as("a page that never talked back, after %s", PAST_UNCONFIRMED)
                .isEqualTo(403);
        assertThat(heartbeat(talksBack, app)).as("a page that talked back once, after %s", PAST_UNCONFIRMED)
                .isEqualTo(200);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Include Foreign forces on Ukrainian soil"))
                .check();
        assertThat(page.locator("#scenario-status")).hasText(Pattern.compile("^2 options chosen; "));
    }

    private static int fetch(HttpClient client, AppPage app) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(app.url("/?nato=bridge"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int heartbeat(HttpClient client, AppPage app) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(app.url("/?v-r=heartbeat&v-uiId=0")))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
