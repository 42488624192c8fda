package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.catalog.CaseCatalog;

/** Each stakeholder of the default case with the people the source names and its stance on every option. */
@Route("stakeholders")
@PageTitle("Stakeholders · Guarantee Lab")
@Menu(order = 2, title = "Stakeholders", icon = "vaadin:users")
class StakeholdersView extends Div {

    StakeholdersView(CaseCatalog catalog) {
        add(new StakeholdersPage(catalog.defaultCase()));
    }
}
