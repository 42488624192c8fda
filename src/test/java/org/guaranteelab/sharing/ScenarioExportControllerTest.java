package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.guaranteelab.LocalHttp;
import org.guaranteelab.base.ShareToken;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioExportControllerTest {

    private static final Choices SCENARIO = Choices.none().with("nato", "bridge").with("sanctions", "strengthened");
    private static final String CITATION = "“Trump, Putin Propose Ukraine Peace Plan”, news article, as of March 11, 2025";
    private static final List<String> EXPORTS = List.of("", "/export.md", "/export.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    SharingService sharing;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void the_json_export_gives_the_latest_version_with_its_details_history_and_choices() {
        var links = sharing.save(new ScenarioDetails("First", "Ana", "Why:\nbecause."), SCENARIO, Optional.empty());
        sharing.update(links.editToken(), new ScenarioDetails("Bridge and pressure", "Ana", "Why:\nbecause."),
                SCENARIO.with("g7-military-aid"));

        var response = http.get("/api/scenarios/" + links.viewToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        var json = json(response);
        assertThat(json.get("title").asString()).isEqualTo("Bridge and pressure");
        assertThat(json.get("author").asString()).isEqualTo("Ana");
        assertThat(json.get("notes").asString()).isEqualTo("Why:\nbecause.");
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("versions").findValuesAsString("title")).containsExactly("First", "Bridge and pressure");
        assertThat(Instant.parse(json.get("savedAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(json.get("caseId").asString()).isEqualTo("ukraine-2025");
        assertThat(json.get("caseVersion").asString()).isEqualTo(catalog.defaultCase().version());
        assertThat(JSON.convertValue(json.get("choices"), Map.class))
                .containsExactly(Map.entry("nato", "bridge"), Map.entry("g7-military-aid", ""),
                        Map.entry("sanctions", "strengthened"));
        assertThat(json.get("address").asString()).isEqualTo("nato=bridge&g7-military-aid&sanctions=strengthened");
        assertThat(json.get("caseChanges").isEmpty()).isTrue();
    }

    @Test
    void an_earlier_version_is_exported_when_asked_for_by_number_and_a_missing_one_is_not_found() {
        var links = sharing.save(details("First"), SCENARIO, Optional.empty());
        sharing.update(links.editToken(), details("Second"), SCENARIO);

        assertThat(json(http.get("/api/scenarios/" + links.viewToken() + "?version=1")).get("title").asString())
                .isEqualTo("First");
        for (var version : List.of("3", "0", "-1", "abc", "1.0", "99999999999999")) {
            for (var export : EXPORTS) {
                var response = http.get("/api/scenarios/" + links.viewToken() + export + "?version=" + version);
                assertThat(response.statusCode()).as("version %s of %s", version, export).isEqualTo(404);
            }
        }
    }

    @Test
    void the_markdown_handout_shows_the_analysis_with_attributed_verbatim_quotes_and_cites_the_source() {
        var links = sharing.save(new ScenarioDetails("Bridge and pressure", "Ana", "First line\nsecond line"),
                SCENARIO.with("foreign-forces"), Optional.empty());

        var response = http.get("/api/scenarios/" + links.viewToken() + "/export.md");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"guarantee-lab-bridge-and-pressure-v1.md\"");
        assertThat(response.body()).as("each quote links to its passage on the Source page, which marks it")
                .containsPattern("\\[¶5 of the source\\]\\(http://localhost:\\d+/source#france-barrot\\)");
        var text = renderedText(response.body());
        assertThat(text).contains("Bridge and pressure", "Author: Ana", "Version: 1 of 1", "First line\nsecond line")
                .contains("NATO path: Bridge toward eventual membership", "Sanctions on the Russian economy: Strengthened")
                .contains("France: supports — in their own words (Jean-Noël Barrot)",
                        "“We are very attached to a pathway for Ukraine towards NATO.”",
                        "— Jean-Noël Barrot, French foreign Minister — France · ¶5 of the source")
                .contains("Our note: The article speaks of “Ukraine’s aspirations for NATO membership”")
                .contains("Concerns the source raises", "How far NATO can act as a bridge is still to be worked out.")
                .contains("Bridging to NATO: served by the chosen options", "NATO path (the source's link)",
                        "Foreign forces on Ukrainian soil (our reading)", "Stability: no link recorded to the chosen options.")
                .doesNotContain("not served")
                .contains("Stated demands left unmet", "Ukraine: Ukraine calls for more military-technical assistance from the United States. (our reading)",
                        "Our reasoning: Only more military-technical assistance meets it")
                .contains("Counted as met (our reading)", "Ukraine: Ukraine calls for stronger sanctions")
                .contains("Tensions", "Foreign forces are chosen. The source names sovereignty as a purpose",
                        "(our reading)", "Our reasoning: The article gives these in two separate answers")
                .contains("Quotes are verbatim from " + CITATION)
                .contains("Each position word is Guarantee Lab’s one-word summary", "names no outlet, author or web address");
    }

    @Test
    void user_text_in_the_handout_cannot_become_a_link_an_image_html_or_structure() {
        var title = "[Click me](https://evil.example) <script>alert(1)</script> *now*";
        var notes = """
                # Not a heading
                ![tracker](https://evil.example/pixel.png) <img src=x onerror=alert(1)>
                https://evil.example www.evil.example mail@evil.example
                1. not a list
                > not a quote
                ---
                &copy; `code` | pipe | ~~strike~~ \\""";
        var links = sharing.save(new ScenarioDetails(title, "<b>Eve</b>", notes), SCENARIO, Optional.empty());

        var markdown = http.get("/api/scenarios/" + links.viewToken() + "/export.md").body();

        var html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        assertThat(html).doesNotContain("<img", "<script", "<b>", "<em>now", "<ol", "<hr", "<code", "<del", "©");
        assertThat(org.jsoup.Jsoup.parse(html).select("a").eachAttr("href")).as("the only links: quotes to their passages")
                .isNotEmpty().allMatch(href -> href.matches("http://localhost:\\d+/source#[a-z0-9-]+"));
        assertThat(html).containsOnlyOnce("<h1>").containsOnlyOnce("<h2>Notes by the author</h2>");
        assertThat(renderedText(markdown)).contains(title, "Author: <b>Eve</b>", notes);
        assertThat(markdown).as("no bare address a GitHub-style renderer would link")
                .doesNotContain("https://evil", "www.evil", "mail@evil");
    }

    @Test
    void the_csv_has_one_row_per_chosen_option_and_stakeholder_with_quotes_speakers_and_the_source() throws Exception {
        var links = sharing.save(details("Sheet: test!"), SCENARIO, Optional.empty());

        var response = http.get("/api/scenarios/" + links.viewToken() + "/export.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"guarantee-lab-sheet-test-v1.csv\"");
        assertThat(response.body()).startsWith("# ").contains(CITATION);
        var parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()));
        assertThat(parser.getHeaderNames()).containsExactly(ScenarioSheet.COLUMNS);
        List<CSVRecord> rows = parser.getRecords();
        var stakeholders = catalog.defaultCase().stakeholders().size();
        assertThat(rows).hasSize(2 * stakeholders);
        var france = rows.stream().filter(row -> row.get("option").equals("NATO path")
                && row.get("stakeholder").equals("France")).findFirst().orElseThrow();
        assertThat(france.get("level")).isEqualTo("Bridge toward eventual membership");
        assertThat(france.get("position")).isEqualTo("supports");
        assertThat(france.get("basis")).isEqualTo("in their own words (Jean-Noël Barrot)");
        assertThat(france.get("quotes")).isEqualTo("“We are very attached to a pathway for Ukraine towards NATO.”\n"
                + "“Supports Ukraine’s path towards NATO membership”");
        assertThat(france.get("speakers")).isEqualTo("Jean-Noël Barrot, French foreign Minister — France\n"
                + "the article’s own words");
    }

    @Test
    void unknown_malformed_and_revoked_links_are_not_found_as_a_json_problem_whatever_the_client_accepts() {
        var revoked = sharing.save(details("Revoked"), SCENARIO, Optional.empty());
        sharing.revoke(revoked.editToken());

        for (var token : List.of(ShareToken.generate(), "not-a-token", revoked.viewToken(), revoked.editToken())) {
            for (var export : EXPORTS) {
                var response = http.get("/api/scenarios/" + token + export, "Accept", "text/markdown, text/csv");
                assertThat(response.statusCode()).as(token + export).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(json(response).get("title").asString()).isEqualTo("Scenario not found");
                assertThat(response.body()).doesNotContain("Revoked");
            }
        }
    }

    @Test
    void a_deleted_scenario_is_gone_removed_by_its_author() {
        var links = sharing.save(details("Deleted"), SCENARIO, Optional.empty());
        sharing.delete(links.editToken());

        for (var export : EXPORTS) {
            var response = http.get("/api/scenarios/" + links.viewToken() + export);
            assertThat(response.statusCode()).isEqualTo(410);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).get("detail").asString()).contains("removed by its author");
        }
    }

    @Test
    void a_version_saved_before_the_case_was_corrected_says_what_changed() {
        var links = sharing.save(details("Older"), SCENARIO, Optional.empty());
        jdbc.update("update scenario_version set case_version = 'older', stance_snapshot = 'nato:france=opposes'"
                + " where title = 'Older'");

        var json = json(http.get("/api/scenarios/" + links.viewToken()));
        var markdown = renderedText(http.get("/api/scenarios/" + links.viewToken() + "/export.md").body());

        assertThat(json.get("caseChanges").get(0).asString()).isEqualTo("France on NATO path: was “opposes”, now “supports”");
        assertThat(markdown).contains("Corrections to the case since this version was saved",
                "France on NATO path: was “opposes”, now “supports”");
    }

    @Test
    void a_change_of_basis_alone_is_told_too() {
        var links = sharing.save(details("Basis"), Choices.none().with("europe-steps-up"), Optional.empty());
        jdbc.update("update scenario_version set case_version = 'older',"
                + " stance_snapshot = 'europe-steps-up:united-kingdom=supports/reported' where title = 'Basis'");

        var changes = json(http.get("/api/scenarios/" + links.viewToken())).get("caseChanges");

        assertThat(changes.get(0).asString()).isEqualTo("United Kingdom on Europe steps up its support: still "
                + "“supports”, but now in their own words (was as the article reports it)");
    }

    @Test
    void a_version_saved_before_the_corrections_of_issue_16_lists_the_ones_about_its_options() {
        var links = sharing.save(details("Before the fix"), Choices.none().with("nato", "fast-track"), Optional.empty());
        jdbc.update("update scenario_version set case_version = 'older', stance_snapshot = 'nato:france=supports',"
                + " created_at = timestamp '2026-11-30 12:00:00' where title = 'Before the fix'");

        var changes = json(http.get("/api/scenarios/" + links.viewToken())).get("caseChanges");

        assertThat(changes.get(0).asString()).isEqualTo("France on NATO path: was “supports”, now “not stated in the source”");
        assertThat(changes.valueStream().map(change -> change.asString()).toList())
                .anyMatch(change -> change.startsWith("Corrected 2026-12-01: France is no longer shown supporting fast-track"))
                .anyMatch(change -> change.startsWith("Corrected 2026-12-01: Every stance now says"))
                .noneMatch(change -> change.contains("U.S.–Russia talks"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_token_string_makes_an_export_fail(long seed) {
        var token = TokenFuzz.randomToken(new Random(seed));
        for (var export : EXPORTS) {
            var path = "/api/scenarios/" + TokenFuzz.percentEncoded(token) + export;

            var response = http.get(path);

            assertThat(response.statusCode()).as("seed %d: %s", seed, path).isIn(400, 404);
            if (response.statusCode() == 404) {
                assertThat(response.headers().firstValue("Content-Type")).as("seed %d", seed)
                        .hasValue("application/problem+json");
            }
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 120).mapToObj(index -> 20250311L + index);
    }

    private static ScenarioDetails details(String title) {
        return new ScenarioDetails(title, "", "");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The text a reader sees once the Markdown is rendered: tags dropped, entities decoded. */
    private static String renderedText(String markdown) {
        var html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        return org.jsoup.Jsoup.parse(html).wholeText().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\n+", "\n");
    }
}
