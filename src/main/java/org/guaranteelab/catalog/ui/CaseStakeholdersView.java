package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;

/** The Stakeholders page of any case by its id; the default case's is {@link StakeholdersView}. */
@Route("cases/:caseId/stakeholders")
@PageTitle("Stakeholders · Guarantee Lab")
class CaseStakeholdersView extends Div implements BeforeEnterObserver {

    private final CaseCatalog catalog;

    CaseStakeholdersView(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseRoutes.resolve(event, catalog, CasePaths::stakeholders).ifPresent(theCase -> {
            removeAll();
            add(new CaseBanner(theCase), new StakeholdersPage(theCase));
        });
    }
}
