package org.guaranteelab.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.junit.jupiter.api.Test;

class CompareTallyTextTest {

    private static final Case CASE = new CaseCatalog().defaultCase();

    @Test
    void a_stakeholders_summary_names_every_position_word_and_adds_up_to_the_choices() {
        var analysis = ScenarioAnalysis.of(CASE, Choices.none().with("nato", "fast-track").with("sanctions", "strengthened")
                .with("g7-military-aid").with("g7-sanctions"));
        var g7 = analysis.tallies().stream().filter(tally -> tally.stakeholder().id().equals("g7")).findFirst().orElseThrow();

        // Compare once said "4 supported, 0 opposed, 1 not stated" for six options: "hedged" was dropped.
        assertThat(CompareView.tallyText(g7)).isEqualTo("supports: 0; offered: 1; mentioned as possible: 1; "
                + "not offered: 0; opposes: 0; not stated in the source: 1");
    }
}
