package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.UI;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAddress;
import org.springframework.modulith.NamedInterface;

/** Keeps the browser's address in step with a scenario. */
@NamedInterface("builder")
public final class ScenarioAddressBar {

    private ScenarioAddressBar() {
    }

    /**
     * Replaces, not pushes, the address: every click would otherwise add a step to the browser's
     * history. {@code path} is relative to the app root, e.g. "" or "e/abc".
     */
    public static void show(UI ui, String path, Case theCase, Choices choices) {
        var query = ScenarioAddress.encode(theCase, choices);
        var base = path.isEmpty() ? "./" : path;
        ui.getPage().getHistory().replaceState(null, query.isEmpty() ? base : base + "?" + query);
    }
}
