package org.guaranteelab.scenario.ui;

import org.guaranteelab.catalog.Case;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;

/** What every stakeholder says of one chosen option, and the concerns the source raises about it. */
public class OptionAnalysis extends MarkupBlock {

    public OptionAnalysis(Case theCase, ChosenOption chosen) {
        super(CaseMarkup.optionAnalysis(theCase, chosen));
    }
}
