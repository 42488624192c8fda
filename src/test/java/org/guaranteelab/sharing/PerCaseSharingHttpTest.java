package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.catalog.TestCases;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Saving, view links and exports of a scenario made on a published case use that case, not the default.
 * Its own allowance of saves: ScenarioSaveControllerTest uses up the shared context's on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "guarantee-lab.sharing.saves-per-minute=11")
class PerCaseSharingHttpTest {

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
    void the_save_api_saves_on_the_named_case_and_its_exports_quote_that_case() {
        var saved = post("""
                {"title": "Tolls and boats", "author": "Ana", "notes": "", "choices": "toll=large&patrols", "caseId": "harbour-test"}""");
        assertThat(saved.statusCode()).isEqualTo(201);
        var token = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/s/", "");

        assertThat(http.get("/api/scenarios/" + token).body()).contains("\"caseId\":\"harbour-test\"");
        assertThat(http.get("/api/scenarios/" + token + "/export.md").body())
                .contains("A toll on ships").contains("a large one would not")
                .contains("/cases/harbour-test/source#fishers-fees").doesNotContain("NATO");
        assertThat(http.get("/api/scenarios/" + token + "/export.csv").body()).contains("Large toll").contains("Fishers' guild");
        assertThat(http.get("/s/" + token).body()).contains("Tolls and boats").contains("Fishers' guild")
                .contains("a large one would not")
                .contains("<span class=\"app-case\">Case: “Fictional town weighs three ways to guard the Lantern Strait”")
                .contains("Source: “Fictional town weighs").contains("cases/harbour-test/source\">Read the quoted passages");
    }

    @Test
    void the_save_api_refuses_an_unknown_case_or_an_option_of_another_case_and_saves_nothing() {
        assertThat(post("""
                {"title": "T", "author": "", "notes": "", "choices": "toll=large", "caseId": "../no-such-case"}"""))
                .satisfies(response -> {
                    assertThat(response.statusCode()).isEqualTo(400);
                    assertThat(response.body()).contains("Case not found");
                });
        assertThat(post("""
                {"title": "T", "author": "", "notes": "", "choices": "foreign-forces", "caseId": "harbour-test"}""")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void a_scenario_on_a_republished_case_says_what_changed_since_it_was_saved() throws Exception {
        var links = sharing.save(TestCases.harbour(), new ScenarioDetails("Small toll", "", ""),
                Choices.none().with("toll", "small"), Optional.empty());
        assertThat(opened(links).caseChanges()).isEmpty();

        try (var republished = TestCases.republishHarbourWith("small: {position: possible", "small: {position: opposes")) {
            assertThat(opened(links).caseChanges()).isNotEmpty()
                    .anySatisfy(change -> assertThat(change).contains("Fishers' guild"));
        }
    }

    @Test
    void a_scenario_whose_case_is_no_longer_published_says_so_with_410_on_its_view_link_and_exports() throws Exception {
        var links = sharing.save(TestCases.harbour(), new ScenarioDetails("Small toll", "", ""),
                Choices.none().with("toll", "small"), Optional.empty());

        try (var withdrawn = TestCases.unpublishHarbour()) {
            var page = http.get("/s/" + links.viewToken());
            assertThat(page.statusCode()).isEqualTo(410);
            assertThat(page.body()).contains("is no longer published by its author").doesNotContain("NATO");
            var export = http.get("/api/scenarios/" + links.viewToken() + "/export.md");
            assertThat(export.statusCode()).isEqualTo(410);
            assertThat(export.body()).contains("no longer published by its author").doesNotContain("NATO");
        }
        assertThat(http.get("/s/" + links.viewToken()).body()).as("nothing lost once it is published again")
                .contains("Small toll").contains("Fishers' guild");
    }

    private SharedVersion opened(SavedLinks links) {
        return ((Lookup.Found<SharedVersion>) sharing.open(links.viewToken(), Optional.empty())).value();
    }

    private HttpResponse<String> post(String json) {
        return http.send(HttpRequest.newBuilder(http.uri("/api/scenarios")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
