package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;

/**
 * The home page: choose guarantee options and see, beside each, what every stakeholder has said
 * about it, with a summary of the whole scenario. The address always holds the scenario.
 */
@Route("")
@PageTitle("Scenario builder · Guarantee Lab")
@Menu(order = 1, title = "Scenario builder", icon = "vaadin:puzzle-piece")
class BuilderView extends Div implements BeforeEnterObserver {

    private final Case theCase;
    private final BuilderPage page;

    BuilderView(CaseCatalog catalog, List<BuilderActions> extraActions) {
        this.theCase = catalog.defaultCase();
        this.page = new BuilderPage(theCase, true, extraActions);
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page.restore(theCase, event.getLocation().getQueryParameters().getParameters());
    }
}
