package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;
import org.jspecify.annotations.Nullable;

/** The Source page of any case by its id; the default case's is {@link SourceView}. */
@Route("cases/:caseId/source")
@PageTitle("Source · Guarantee Lab")
class CaseSourceView extends Div implements BeforeEnterObserver, AfterNavigationObserver, ShowsCase {

    private final CaseCatalog catalog;
    private @Nullable String shownCaseId;
    private @Nullable SourcePage page;

    CaseSourceView(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseRoutes.resolve(event, catalog, CasePaths::source).ifPresent(theCase -> {
            removeAll();
            shownCaseId = theCase.id();
            page = new SourcePage(theCase);
            add(new CaseBanner(theCase), page);
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (page != null) {
            page.showFollowedPassage();
        }
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
