package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;
import org.guaranteelab.catalog.ui.CaseBanner;
import org.guaranteelab.catalog.ui.CaseRoutes;
import org.jspecify.annotations.Nullable;

/**
 * The builder of any case by its id, the scenario in the query as on the home page
 * (docs/decisions/0025-the-case-in-the-address.md); the default case's is {@link BuilderView} at /.
 */
@Route("cases/:caseId")
@PageTitle("Scenario builder · Guarantee Lab")
class CaseBuilderView extends Div implements BeforeEnterObserver, ShowsCase {

    private final CaseCatalog catalog;
    private @Nullable String shownCaseId;
    private final List<BuilderActions> extraActions;

    CaseBuilderView(CaseCatalog catalog, List<BuilderActions> extraActions) {
        this.catalog = catalog;
        this.extraActions = extraActions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseRoutes.resolve(event, catalog, CasePaths::builder).ifPresent(theCase -> {
            removeAll();
            shownCaseId = theCase.id();
            var page = new BuilderPage(theCase, false, extraActions);
            page.addComponentAsFirst(new CaseBanner(theCase));
            page.restore(theCase, event.getLocation().getQueryParameters().getParameters());
            add(page);
        });
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
