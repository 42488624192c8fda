package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasePathsTest {

    @Test
    void the_default_case_keeps_its_addresses_at_the_root() {
        assertThat(CasePaths.builder("ukraine-2025")).isEmpty();
        assertThat(CasePaths.stakeholders("ukraine-2025")).isEqualTo("stakeholders");
        assertThat(CasePaths.passage("ukraine-2025", "intro")).isEqualTo("source#intro");
    }

    @Test
    void any_other_case_lives_under_cases_and_its_id() {
        assertThat(CasePaths.builder("harbour-test")).isEqualTo("cases/harbour-test");
        assertThat(CasePaths.stakeholders("harbour-test")).isEqualTo("cases/harbour-test/stakeholders");
        assertThat(CasePaths.passage("harbour-test", "lighthouse")).isEqualTo("cases/harbour-test/source#lighthouse");
    }

    @Test
    void a_pasted_link_to_any_page_of_a_case_or_its_bare_id_gives_the_id() {
        assertThat(CasePaths.idIn("https://lab.example/cases/harbour-test?toll=small")).contains("harbour-test");
        assertThat(CasePaths.idIn("  lab.example/cases/harbour-test/source#lighthouse ")).contains("harbour-test");
        assertThat(CasePaths.idIn("harbour-test")).contains("harbour-test");
    }

    @Test
    void pasted_text_without_a_possible_id_gives_none() {
        assertThat(CasePaths.idIn("https://lab.example/stakeholders")).isEmpty();
        assertThat(CasePaths.idIn("https://lab.example/cases/../admin")).isEmpty();
        assertThat(CasePaths.idIn("harbour\u202Etest")).isEmpty();
        assertThat(CasePaths.idIn("x".repeat(101))).isEmpty();
        assertThat(CasePaths.idIn(null)).isEmpty();
    }

    @Test
    void the_catalog_serves_a_published_case_by_id_and_never_asks_for_an_impossible_one() {
        var asked = new java.util.ArrayList<String>();
        var catalog = new CaseCatalog(java.util.List.of(caseId -> {
            asked.add(caseId);
            return TestCases.HARBOUR.equals(caseId) ? java.util.Optional.of(TestCases.harbour()) : java.util.Optional.empty();
        }));

        assertThat(catalog.find("harbour-test")).containsSame(TestCases.harbour());
        assertThat(catalog.find("../etc/passwd")).isEmpty();
        assertThat(catalog.find("a".repeat(5000))).isEmpty();
        assertThat(catalog.isBundled(TestCases.harbour())).isFalse();
        assertThat(catalog.isBundled(catalog.defaultCase())).isTrue();
        assertThat(asked).containsExactly("harbour-test");
    }
}
