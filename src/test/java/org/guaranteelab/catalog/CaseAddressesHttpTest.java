package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guaranteelab.LocalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case in the address, over HTTP as a browser or a crawler asks for it (docs/decisions/0025). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseAddressesHttpTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void connect() {
        http = new LocalHttp(port);
    }

    @Test
    void a_published_cases_pages_answer_200_and_ask_not_to_be_indexed() {
        for (var path : List.of("/cases/harbour-test", "/cases/harbour-test?toll=large", "/cases/harbour-test/stakeholders",
                "/cases/harbour-test/source")) {
            var response = http.get(path, "Accept", HTML);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("<meta name=\"robots\" content=\"noindex\">")
                    .contains("Fictional town weighs three ways to guard the Lantern Strait");
            assertThat(response.headers().firstValue("X-Robots-Tag")).as(path).contains("noindex");
        }
    }

    @Test
    void the_bundled_case_stays_indexable_at_every_address() {
        for (var path : List.of("/", "/stakeholders", "/cases/ukraine-2025")) {
            var response = http.get(path, "Accept", HTML);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("noindex");
            assertThat(response.headers().firstValue("X-Robots-Tag")).as(path).isEmpty();
        }
    }

    @Test
    void unknown_and_hostile_case_ids_get_the_apps_page_not_found() {
        for (var path : List.of("/cases/no-such-case", "/cases/no-such-case/source", "/cases/" + "x".repeat(3000),
                "/cases/harbour%E2%80%AEtest", "/cases/%E2%80%AEharbour-test/stakeholders",
                "/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E".replace("%2F", "-"))) {
            var response = http.get(path, "Accept", HTML);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Whitelabel");
        }
    }

    /** An encoded slash is refused for every address of the app before any view sees it (base.ErrorPageValve). */
    @Test
    void a_case_id_with_an_encoded_slash_gets_the_apps_400_page() {
        for (var path : List.of("/cases/..%2F..%2Fsource", "/cases/harbour-test%2Fsource")) {
            var response = http.get(path, "Accept", HTML);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("This address is not understood · Guarantee Lab");
        }
    }
}
