package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.catalog.CaseCatalog;

/** The passages of the default case's source, by the article's sections, each at its own anchor. */
@Route("source")
@PageTitle("Source · Guarantee Lab")
@Menu(order = 3, title = "Source", icon = "vaadin:book")
class SourceView extends Div implements AfterNavigationObserver {

    private final SourcePage page;

    SourceView(CaseCatalog catalog) {
        page = new SourcePage(catalog.defaultCase());
        add(page);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        page.showFollowedPassage();
    }
}
