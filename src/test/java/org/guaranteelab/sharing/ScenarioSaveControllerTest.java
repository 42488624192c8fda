package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioSaveControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void a_saved_scenario_is_answered_with_its_links_and_opens_by_the_view_link() {
        var response = post("""
                {"title": "Scripted", "author": "Bot", "notes": "Line one\\nline two", "choices": "g7&nato=bridge"}""",
                "application/json");

        assertThat(response.statusCode()).isEqualTo(201);
        var body = JSON.readTree(response.body());
        var view = body.get("view").asString();
        assertThat(response.headers().firstValue("Location")).hasValue(view);
        assertThat(view).matches("http://localhost:" + port + "/s/[A-Za-z0-9_-]{22}");
        assertThat(body.get("edit").asString()).matches("http://localhost:" + port + "/e/[A-Za-z0-9_-]{22}");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        var saved = JSON.readTree(http.get("/api/scenarios/" + view.substring(view.lastIndexOf('/') + 1)).body());
        assertThat(saved.get("title").asString()).isEqualTo("Scripted");
        assertThat(saved.get("notes").asString()).isEqualTo("Line one\nline two");
        assertThat(saved.get("address").asString()).isEqualTo(body.get("choices").asString());
    }

    @Test
    void missing_or_too_long_fields_are_refused_with_a_message_per_field() {
        var response = post("{\"title\": \" \", \"notes\": \"" + "x".repeat(ScenarioDetails.NOTES_MAX_LENGTH + 1) + "\"}",
                "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        var fields = JSON.readTree(response.body()).get("fields");
        assertThat(fields.get("title").asString()).isEqualTo("Give your scenario a title.");
        assertThat(fields.get("notes").asString()).contains("at most 5000");
    }

    @Test
    void a_direction_control_in_the_title_is_refused_saying_which_and_where() {
        var response = post("{\"title\": \"Plan \\u202Egnp.exe\"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("fields").get("title").asString())
                .contains("U+202E RIGHT-TO-LEFT OVERRIDE").contains("after “Plan ”");
    }

    @Test
    void choices_that_are_not_options_of_the_case_are_refused() {
        var response = post("{\"title\": \"T\", \"choices\": \"nato=bridge&no-such-option\"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response).get("ignored").toString()).contains("no-such-option");
    }

    @Test
    void choices_with_a_malformed_escape_are_refused_not_a_server_error() {
        var response = post("{\"title\": \"T\", \"choices\": \"nato=%zz&g7=%I\"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response).get("title").asString()).isEqualTo("Choices not understood");
    }

    /** Issue #22: Vaadin's parser took minutes over this body, before the rate limit applied. */
    @Test
    void a_megabyte_of_repeated_choices_is_refused_with_400_at_once() {
        var body = "{\"title\": \"T\", \"choices\": \"" + "a&".repeat(500_000) + "\"}";

        var response = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> post(body, "application/json"), "a quadratic parse would take minutes");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response).get("detail").asString())
                .contains("1000000 characters long; a scenario's address has at most 4096", "Nothing was saved");
    }

    @Test
    void more_parameters_than_a_scenario_has_are_refused_with_the_reason() {
        var response = post("{\"title\": \"T\", \"choices\": \"" + "nato&".repeat(100) + "\"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response).get("detail").asString()).contains("101 parameters", "at most 64");
    }

    @Test
    void malformed_or_non_json_bodies_get_a_client_error_without_internals() {
        var malformed = post("{\"title\": ", "application/json");
        var form = post("title=x", "application/x-www-form-urlencoded");
        var text = post("{\"title\": \"T\"}", "text/plain");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(text.statusCode()).isEqualTo(415);
        for (var response : List.of(malformed, form, text)) {
            assertThat(response.body()).doesNotContain("Exception", "at org.", "tools.jackson");
        }
    }

    /**
     * Uses up this client's saves for the minute, so it runs last: no other test of this context
     * saves over HTTP, and the limiter itself (refill, clock) is tested in SaveRateLimiterTest.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void saves_beyond_the_limit_get_429_and_a_forged_forwarded_for_does_not_help() {
        HttpResponse<String> response = null;
        for (int i = 0; i < 30 && (response == null || response.statusCode() != 429); i++) {
            response = post("{\"title\": \"Burst " + i + "\"}", "application/json");
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(problem(response).get("title").asString()).isEqualTo("Too many saves");
        var forged = http.send(HttpRequest.newBuilder(http.uri("/api/scenarios"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Forged\"}")).build());
        assertThat(forged.statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> post(String body, String contentType) {
        return http.send(HttpRequest.newBuilder(http.uri("/api/scenarios"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }
}
