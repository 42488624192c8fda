package org.guaranteelab.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Objects;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.base.SourceNotice;

/**
 * The app shell: name, navigation built from {@code @Menu} routes, and a footer that cites the
 * source on every page.
 */
@Layout
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Main main = new Main();
    private final SourceNotice source;
    private final Span caseLabel = new Span();
    private final Span citationText = new Span();
    private final Anchor sourceLink = new Anchor();

    MainLayout(SourceNotice source) {
        this.source = source;
        setPrimarySection(Section.NAVBAR);
        var title = new Anchor("", "Guarantee Lab");
        title.addClassName("app-title");
        // Pages of a case other than the default one (ShowsCase) name it here; the menu leads to the default.
        caseLabel.addClassName("app-case");
        caseLabel.setVisible(false);
        addToNavbar(new DrawerToggle(), title, caseLabel);

        var nav = new SideNav();
        nav.setLabel("Main");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        addToDrawer(nav);

        main.addClassName("app-main");
        var page = new Div(main, sourceFooter());
        page.addClassName("app-page");
        setContent(page);
        // Quotes are the point of a printed handout: open every collapsed one before printing.
        getElement().executeJs("window.addEventListener('beforeprint', () => {"
                + "document.querySelectorAll('vaadin-details').forEach(details => details.opened = true);"
                + "document.querySelectorAll('details').forEach(details => details.open = true);})");
        getElement().executeJs(COPY_CITATION);
    }

    /**
     * "Copy citation" buttons sit in server-made markup (see CaseMarkup), so one listener on the
     * document serves them all, with no round trip; plain pages get the same from plain-page.js.
     */
    private static final String COPY_CITATION = """
            if (!window.glCopyCitation) {
              window.glCopyCitation = true;
              document.addEventListener('click', event => {
                const button = event.target.closest && event.target.closest('.copy-citation');
                if (!button) { return; }
                const done = text => { button.textContent = text; setTimeout(() => button.textContent = 'copy citation', 2500); };
                navigator.clipboard.writeText(button.dataset.citation)
                    .then(() => done('citation copied'), () => done('could not copy: mark the quote and copy it yourself'));
              });
            }""";

    private static SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Footer sourceFooter() {
        var citation = new Paragraph();
        citationText.setText(source.citation() + " ");
        sourceLink.setHref("source");
        sourceLink.setText(source.readTheSource());
        citation.add(citationText, sourceLink);
        var method = new Paragraph(source.method());
        var footer = new Footer(citation, method);
        footer.addClassName("app-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var other = event.getActiveChain().stream()
                .filter(ShowsCase.class::isInstance)
                .map(view -> ((ShowsCase) view).shownCaseId())
                .filter(Objects::nonNull)
                .findFirst()
                .flatMap(source::otherCase);
        caseLabel.setText(other.map(SourceNotice.OtherCase::label).orElse(""));
        caseLabel.setVisible(other.isPresent());
        citationText.setText(other.map(SourceNotice.OtherCase::citation).orElseGet(source::citation) + " ");
        sourceLink.setHref(other.map(SourceNotice.OtherCase::sourcePage).orElse("source"));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }
}
