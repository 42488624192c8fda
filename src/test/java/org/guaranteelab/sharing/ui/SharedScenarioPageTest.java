package org.guaranteelab.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.sharing.SharingService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedScenarioPageTest {

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
    void a_view_link_shows_title_author_notes_as_text_version_and_analysis() {
        var links = sharing.save(new ScenarioDetails("Plan <script>alert(1)</script>", "Ana", "Because\nreasons"),
                Choices.none().with("nato", "fast-track"), Optional.empty());

        var response = http.get("/" + links.viewPath());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        var page = Jsoup.parse(response.body());
        assertThat(page.getElementById("scenario-heading").text()).isEqualTo("Plan <script>alert(1)</script>");
        assertThat(page.title()).isEqualTo("Plan <script>alert(1)</script> · Guarantee Lab");
        assertThat(page.getElementById("scenario-meta").text()).contains("By Ana").contains("version 1 of 1");
        assertThat(page.getElementById("scenario-notes").wholeText()).isEqualTo("Because\nreasons");
        assertThat(page.getElementById("option-nato").text()).contains("not offered");
        assertThat(page.getElementById("summary").text()).contains("NATO has not invited Ukraine to join now");
    }

    @Test
    void a_view_link_is_a_page_of_its_own_with_no_session_and_quotes_that_open_without_scripts() {
        var links = sharing.save(new ScenarioDetails("Bridge", "", ""), Choices.none().with("nato", "bridge"), Optional.empty());

        var response = http.get("/" + links.viewPath());

        assertThat(response.headers().firstValue("Set-Cookie")).as("no session is started for a reader").isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        var page = Jsoup.parse(response.body());
        assertThat(page.select("script[src]")).extracting(script -> script.attr("src")).containsExactly("/plain-page.js");
        assertThat(page.select("#option-nato details.quote-toggle blockquote")).isNotEmpty();
        assertThat(page.select("#option-nato .position")).as("the builder's icon beside each position's word")
                .isNotEmpty().allSatisfy(position -> {
                    assertThat(position.select("svg.icon").attr("aria-hidden")).isEqualTo("true");
                    assertThat(position.text()).isNotBlank();
                });
        assertThat(page.select("vaadin-icon")).isEmpty();
        assertThat(page.select("#remix").attr("href")).isEqualTo("/remix/" + links.viewToken());
        assertThat(page.select("#option-nato .quote-attribution a")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).as("a passage link from the view page")
                        .startsWith("/source#"));
    }

    @Test
    void each_stakeholder_on_the_view_page_carries_its_mark_from_the_one_source_of_marks() {
        var links = sharing.save(new ScenarioDetails("Bridge", "", ""), Choices.none().with("nato", "bridge"), Optional.empty());
        var theCase = new org.guaranteelab.catalog.CaseCatalog().defaultCase();

        var page = Jsoup.parse(http.get("/" + links.viewPath()).body());

        for (var stakeholder : theCase.stakeholders()) {
            var mark = org.guaranteelab.catalog.ui.StakeholderMark.markup(theCase, stakeholder);
            assertThat(page.select("#option-nato .stance-item[data-stakeholder=" + stakeholder.id() + "] .stakeholder-mark"))
                    .as("the mark of %s", stakeholder.name()).singleElement()
                    .satisfies(shown -> assertThat(shown.className()).isEqualTo(mark.className()))
                    .satisfies(shown -> assertThat(shown.text()).isEqualTo(stakeholder.monogram()))
                    .satisfies(shown -> assertThat(shown.attr("aria-hidden")).isEqualTo("true"));
        }
    }

    @Test
    void an_earlier_version_has_its_own_address_and_lists_the_others() {
        var links = sharing.save(new ScenarioDetails("First thoughts", "", ""), Choices.none().with("nato", "bridge"),
                Optional.empty());
        sharing.update(links.editToken(), new ScenarioDetails("Second thoughts", "", ""), Choices.none());

        var first = page("/" + links.viewPath() + "/1", 200);

        assertThat(first.getElementById("scenario-heading").text()).isEqualTo("First thoughts");
        assertThat(first.getElementById("scenario-meta").text()).contains("version 1 of 2");
        assertThat(first.select(".version-list a").attr("href")).isEqualTo("/" + links.viewPath() + "/2");
        assertThat(first.select(".version-list [aria-current=page]").text()).contains("First thoughts");
        assertThat(page("/" + links.viewPath(), 200).select("p").text()).contains("This scenario includes no options.");
    }

    @Test
    void unknown_links_and_versions_show_the_not_found_page() {
        var links = sharing.save(new ScenarioDetails("Only one", "", ""), Choices.none(), Optional.empty());

        for (var path : new String[] {"/s/AAAAAAAAAAAAAAAAAAAAAA", "/s/short", "/" + links.viewPath() + "/2",
                "/" + links.viewPath() + "/0", "/" + links.viewPath() + "/x"}) {
            var page = page(path, 404);
            assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.text()).as(path).doesNotContain("Only one");
        }
    }

    @Test
    void a_deleted_scenario_says_it_was_removed_by_its_author_and_shows_nothing_of_it() {
        var links = sharing.save(new ScenarioDetails("Gone soon", "", ""), Choices.none(), Optional.empty());
        sharing.delete(links.editToken());

        var page = page("/" + links.viewPath(), 410);

        assertThat(page.select("h1").text()).isEqualTo("This scenario was removed");
        assertThat(page.html()).doesNotContain("Gone soon");
    }

    // Link previews (LinkPreviewTags): what chat apps and social networks show for a link.

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
