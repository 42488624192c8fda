package org.guaranteelab.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.ShareToken;
import org.guaranteelab.sharing.SharingService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkPreviewTagsTest {

    @LocalServerPort
    int port;

    @Autowired
    SharingService sharing;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void a_view_link_page_previews_the_scenario_title_and_its_choices_and_asks_not_to_be_indexed() {
        var links = sharing.save(new ScenarioDetails("Bridge and pressure", "", ""),
                Choices.none().with("nato", "bridge").with("sanctions", "strengthened"), Optional.empty());

        var page = page("/s/" + links.viewToken());

        assertThat(content(page, "meta[property=og:title]")).isEqualTo("Bridge and pressure");
        assertThat(content(page, "meta[property=og:description]")).isEqualTo("A Guarantee Lab scenario: "
                + "NATO path (Bridge toward eventual membership), Sanctions on the Russian economy (Strengthened)"
                + " — with each stakeholder's stated position, quoted from the source.");
        assertThat(content(page, "meta[property=og:type]")).isEqualTo("article");
        assertThat(content(page, "meta[name=twitter:card]")).isEqualTo("summary");
        assertThat(content(page, "meta[name=robots]")).isEqualTo("noindex");
    }

    @Test
    void a_link_to_an_earlier_version_previews_that_version() {
        var links = sharing.save(new ScenarioDetails("First thoughts", "", ""), Choices.none().with("bilateral"),
                Optional.empty());
        sharing.update(links.editToken(), new ScenarioDetails("Second thoughts", "", ""), Choices.none());

        assertThat(content(page("/s/" + links.viewToken() + "/1"), "meta[property=og:title]")).isEqualTo("First thoughts");
        assertThat(content(page("/s/" + links.viewToken()), "meta[property=og:description]"))
                .startsWith("A Guarantee Lab scenario with no options chosen yet");
    }

    @Test
    void a_title_with_markup_stays_text_inside_the_attribute() {
        var title = "\"><script>alert(1)</script><meta property=\"og:title\" content=\"x";
        var links = sharing.save(new ScenarioDetails(title, "", ""), Choices.none(), Optional.empty());

        var html = http.get("/s/" + links.viewToken()).body();

        assertThat(html).doesNotContain("<script>alert(1)").contains("&quot;&gt;&lt;script&gt;alert(1)");
        var page = Jsoup.parse(html);
        assertThat(page.select("meta[property=og:title]")).hasSize(1);
        assertThat(content(page, "meta[property=og:title]")).isEqualTo(title);
    }

    @Test
    void unknown_revoked_and_deleted_links_reveal_nothing_but_are_still_not_indexed() {
        var revoked = sharing.save(new ScenarioDetails("Revoked title", "", ""), Choices.none(), Optional.empty());
        sharing.revoke(revoked.editToken());
        var deleted = sharing.save(new ScenarioDetails("Deleted title", "", ""), Choices.none(), Optional.empty());
        sharing.delete(deleted.editToken());

        // The page still says what the link answers: not found, or removed by its author (410).
        var statuses = Map.of(revoked.viewToken(), 404, deleted.viewToken(), 410, ShareToken.generate(), 404,
                "x%22%3E", 404);
        for (var token : statuses.keySet()) {
            var page = page("/s/" + token, statuses.get(token));

            assertThat(page.select("meta[property^=og:]")).as(token).isEmpty();
            assertThat(page.html()).doesNotContain("Revoked title", "Deleted title");
            assertThat(content(page, "meta[name=robots]")).isEqualTo("noindex");
        }
    }

    @Test
    void other_pages_keep_the_app_description_only() {
        var page = page("/");

        assertThat(page.select("meta[property^=og:], meta[name=robots]")).isEmpty();
        assertThat(content(page, "meta[name=description]")).startsWith("Build scenarios of security guarantees");
    }

    private Document page(String path) {
        return page(path, 200);
    }

    private Document page(String path, int status) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return Jsoup.parse(response.body());
    }

    private static String content(Document page, String selector) {
        assertThat(page.select(selector)).as(selector).hasSize(1);
        return page.selectFirst(selector).attr("content");
    }
}
