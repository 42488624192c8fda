package org.guaranteelab.scenario.ui;

import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.springframework.modulith.NamedInterface;

/** The summary of a whole scenario: tallies, purposes served, unmet demands and tensions. */
@NamedInterface("builder")
public class ScenarioSummary extends Markup {

    public ScenarioSummary(Case theCase, ScenarioAnalysis analysis) {
        super(CaseMarkup.summary(theCase, analysis));
    }
}
