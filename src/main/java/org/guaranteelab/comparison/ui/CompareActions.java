package org.guaranteelab.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.comparison.ComparedScenarios;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ui.BuilderActions;
import org.guaranteelab.scenario.ui.ScenarioBuilder;

/** "Compare with…" in the builder: opens a comparison with the current draft in its first column. */
@org.springframework.stereotype.Component
class CompareActions implements BuilderActions {

    private final CaseCatalog catalog;

    CompareActions(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Component> actionsFor(ScenarioBuilder builder) {
        var compare = new Button("Compare with…", VaadinIcon.SPLIT_H.create(), click -> {
            var theCase = builder.getCase();
            var draft = ComparedScenarios.draftAddress(theCase, ScenarioAddress.encode(theCase, builder.getChoices()),
                    theCase == catalog.defaultCase());
            click.getSource().getUI().ifPresent(ui ->
                    ui.navigate("compare", QueryParameters.simple(Map.of("draft", draft))));
        });
        compare.setId("compare-with");
        return List.of(compare);
    }
}
