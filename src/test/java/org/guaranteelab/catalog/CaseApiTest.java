package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case API on its own: the controller and the catalog through Spring MVC, without the app's pages,
 * database, request filters or a server.
 */
@WebMvcTest(useDefaultFilters = false)
@Import({CaseApiController.class, CaseCatalog.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiTest {

    private static final List<String> STAKEHOLDERS =
            List.of("ukraine", "france", "united-kingdom", "united-states", "g7", "nato", "russia");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseCatalog catalog;

    private MockHttpServletResponse response;
    private JsonNode body;

    @BeforeAll
    void fetchTheCase() throws Exception {
        response = fetch("/api/cases/ukraine-2025");
        body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).as("%s is an array", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return list(array).stream().map(node -> node.path(field).asString()).toList();
    }

    @Test
    void the_case_is_served_as_json() {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(body.path("id").asString()).isEqualTo("ukraine-2025");
    }

    @Test
    void every_stakeholder_has_an_id_and_a_name() {
        assertThat(texts(body.path("stakeholders"), "id")).containsAll(STAKEHOLDERS);
        assertThat(list(body.path("stakeholders"))).allSatisfy(stakeholder ->
                assertThat(stakeholder.path("name").asString()).as("name of %s", stakeholder.path("id")).isNotBlank());
    }

    @Test
    void every_option_has_an_id_a_name_and_its_levels() {
        var options = list(body.path("options"));

        assertThat(options).isNotEmpty().allSatisfy(option -> {
            assertThat(option.path("id").asString()).isNotBlank();
            assertThat(option.path("name").asString()).as("name of %s", option.path("id")).isNotBlank();
            assertThat(option.path("levels").isArray()).as("levels of %s is an array", option.path("id")).isTrue();
        });
        assertThat(options).filteredOn(option -> option.path("id").asString().equals("bilateral")).singleElement()
                .satisfies(onOrOff -> assertThat(list(onOrOff.path("levels"))).isEmpty());
        assertThat(options).filteredOn(option -> option.path("id").asString().equals("nato")).singleElement()
                .satisfies(nato -> assertThat(texts(nato.path("levels"), "id")).containsExactly("bridge", "fast-track"));
        assertThat(options).filteredOn(option -> option.path("id").asString().equals("sanctions")).singleElement()
                .satisfies(sanctions -> assertThat(texts(sanctions.path("levels"), "id"))
                        .containsExactly("maintained", "strengthened"));
    }

    @Test
    void stances_list_every_stakeholder_option_pair_once_including_the_silent_ones() {
        var stances = list(body.path("stances"));
        var stakeholders = texts(body.path("stakeholders"), "id");
        var options = texts(body.path("options"), "id");

        assertThat(stances).extracting(stance -> stance.path("stakeholder").asString() + " × "
                        + stance.path("option").asString())
                .doesNotHaveDuplicates()
                .hasSize(stakeholders.size() * options.size());
        assertThat(stances).filteredOn(stance -> stance.path("stakeholder").asString().equals("russia")
                        && stance.path("option").asString().equals("nato"))
                .singleElement()
                .satisfies(stance -> assertThat(stance.path("position").asString()).isEqualTo("not-stated"));
    }

    @Test
    void a_stance_carries_its_position_basis_and_quotes_level_by_level() {
        assertThat(list(body.path("stances"))).filteredOn(stance -> stance.path("stakeholder").asString().equals("france")
                        && stance.path("option").asString().equals("nato"))
                .singleElement()
                .satisfies(stance -> {
                    assertThat(stance.path("position").asString()).isEqualTo("by-level");
                    var bridge = stance.path("levels").path("bridge");
                    assertThat(bridge.path("position").asString()).isEqualTo("supports");
                    assertThat(bridge.path("basis").asString()).isEqualTo("own-words");
                    assertThat(texts(bridge.path("quotes"), "text"))
                            .contains("We are very attached to a pathway for Ukraine towards NATO.");
                    assertThat(stance.path("levels").path("fast-track").path("basis").asString()).isEqualTo("not-stated");
                });
    }

    @Test
    void demands_say_why_they_are_met_and_corrections_are_listed() {
        assertThat(list(body.path("demands"))).isNotEmpty()
                .allSatisfy(demand -> assertThat(demand.path("note").asString()).isNotBlank());
        assertThat(list(body.path("corrections"))).isNotEmpty()
                .allSatisfy(correction -> assertThat(correction.path("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void a_stance_on_a_whole_option_carries_its_basis_and_why_it_covers_every_level() {
        assertThat(list(body.path("stances"))).filteredOn(stance -> stance.path("stakeholder").asString().equals("g7")
                        && stance.path("option").asString().equals("g7-military-aid"))
                .singleElement()
                .satisfies(stance -> assertThat(stance.path("basis").asString()).isEqualTo("reported"));
        assertThat(list(body.path("stances"))).filteredOn(stance -> stance.path("stakeholder").asString().equals("russia")
                        && stance.path("option").asString().equals("nato"))
                .singleElement()
                .satisfies(stance -> {
                    assertThat(stance.path("basis").asString()).isEqualTo("not-stated");
                    assertThat(stance.path("allLevels").asString()).isNotBlank();
                });
    }

    @Test
    void every_concern_names_its_option_and_quotes_the_source() {
        assertThat(list(body.path("concerns"))).isNotEmpty().allSatisfy(concern -> {
            assertThat(concern.path("option").asString()).isNotBlank();
            assertThat(concern.path("text").asString()).isNotBlank();
            assertThat(list(concern.path("quotes"))).isNotEmpty().allSatisfy(quote -> {
                assertThat(quote.path("passage").asString()).isNotBlank();
                assertThat(quote.path("text").asString()).isNotBlank();
            });
        });
    }

    @Test
    void the_purposes_are_listed() {
        assertThat(texts(body.path("purposes"), "id"))
                .containsExactly("deterrence", "stability", "sovereignty", "bridging-to-nato");
    }

    @Test
    void version_is_the_one_scenarios_are_checked_against() {
        assertThat(body.path("version").asString()).isNotBlank().isEqualTo(catalog.defaultCase().version());
    }

    @Test
    void unknown_case_is_a_404_with_a_json_problem() throws Exception {
        var notFound = fetch("/api/cases/ukraine-2024");

        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getContentType()).startsWith("application/problem+json");
        var problem = json.readTree(notFound.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("title").asString()).isEqualTo("Case not found");
    }
}
