package org.guaranteelab.scenario.ui;

import org.guaranteelab.catalog.Case;
import org.guaranteelab.scenario.ScenarioAnalysis;

/** The summary of a whole scenario: tallies, purposes served, unmet demands and tensions. */
public class ScenarioSummary extends MarkupBlock {

    public ScenarioSummary(Case theCase, ScenarioAnalysis analysis) {
        super(CaseMarkup.summary(theCase, analysis));
    }
}
