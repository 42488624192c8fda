package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;
import org.jspecify.annotations.Nullable;

/** The Stakeholders page of any case by its id; the default case's is {@link StakeholdersView}. */
@Route("cases/:caseId/stakeholders")
@PageTitle("Stakeholders · Guarantee Lab")
class CaseStakeholdersView extends Div implements BeforeEnterObserver, ShowsCase {

    private final CaseCatalog catalog;
    private @Nullable String shownCaseId;

    CaseStakeholdersView(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseRoutes.resolve(event, catalog, CasePaths::stakeholders).ifPresent(theCase -> {
            removeAll();
            shownCaseId = theCase.id();
            add(new CaseBanner(theCase), new StakeholdersPage(theCase));
        });
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
