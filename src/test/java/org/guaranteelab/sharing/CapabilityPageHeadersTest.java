package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.base.ShareToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapabilityPageHeadersTest {

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
    void capability_links_send_no_referrer_and_ask_not_to_be_indexed_whatever_their_answer() {
        var token = ShareToken.generate();
        for (var path : List.of("/s/" + token, "/s/" + token + "/2", "/e/" + token, "/t/" + token, "/remix/" + token,
                "/api/scenarios/" + token, "/api/scenarios/" + token + "/export.md", "/%73/" + token)) {
            var response = http.get(path);

            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Robots-Tag")).as(path).hasValue("noindex, nofollow");
        }
    }

    /** Issue #22: /e/, /t/, /c/ and /remix/ were kept in caches while /s/ was not. */
    @Test
    void capability_pages_found_or_not_are_never_stored_in_a_cache() {
        var saved = sharing.save(new ScenarioDetails("Cached?", "", ""), Choices.none().with("nato", "bridge"),
                Optional.empty());
        var view = saved.viewToken();
        var edit = saved.editToken();
        var unknown = ShareToken.generate();
        for (var path : List.of("/s/" + view, "/e/" + edit, "/e/" + edit + "?nato=bridge", "/remix/" + view,
                "/e/" + unknown, "/t/" + unknown, "/c/" + unknown, "/remix/" + unknown)) {
            var response = http.get(path, "Accept", "text/html");

            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
        }
    }

    @Test
    void other_pages_can_be_indexed_and_send_no_referrer_either() {
        for (var path : List.of("/", "/source", "/stakeholders", "/api/cases/ukraine-2025", "/robots.txt")) {
            var response = http.get(path);

            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Robots-Tag")).as(path).isEmpty();
        }
    }

    @Test
    void robots_txt_keeps_crawlers_off_scenario_links_and_the_api() {
        var response = http.get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(response.body().lines()).contains("User-agent: *", "Disallow: /s/", "Disallow: /e/",
                "Disallow: /t/", "Disallow: /remix/", "Disallow: /api/");
    }
}
