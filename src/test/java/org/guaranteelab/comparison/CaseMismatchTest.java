package org.guaranteelab.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.guaranteelab.catalog.TestCases;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.sharing.SharingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Scenarios compare only with scenarios of the same case. */
@SpringBootTest
class CaseMismatchTest {

    @Autowired
    SharingService sharing;

    @Autowired
    ComparedScenarios compared;

    @Test
    void scenarios_of_two_cases_are_not_compared_and_the_reason_names_both_cases() {
        var harbour = sharing.save(TestCases.harbour(), new ScenarioDetails("Harbour", "", ""),
                Choices.none().with("patrols"), Optional.empty());
        var ukraine = sharing.save(new ScenarioDetails("Ukraine", "", ""), Choices.none().with("foreign-forces"),
                Optional.empty());

        var both = List.of(compared.saved(harbour.viewToken()).orElseThrow(), compared.saved(ukraine.viewToken()).orElseThrow());

        assertThat(ComparedScenarios.caseMismatch(both)).hasValueSatisfying(message -> assertThat(message)
                .contains("different cases").contains("Lantern Strait").contains("Security guarantees for Ukraine"));
    }

    @Test
    void scenarios_of_one_published_case_compare() {
        var small = sharing.save(TestCases.harbour(), new ScenarioDetails("Small", "", ""),
                Choices.none().with("toll", "small"), Optional.empty());

        var draft = compared.draft("case=harbour-test&toll=large");

        assertThat(draft.theCase().id()).isEqualTo("harbour-test");
        assertThat(draft.analysis().chosen()).singleElement()
                .satisfies(chosen -> assertThat(chosen.option().id()).isEqualTo("toll"));
        assertThat(ComparedScenarios.caseMismatch(List.of(draft, compared.saved(small.viewToken()).orElseThrow()))).isEmpty();
    }
}
