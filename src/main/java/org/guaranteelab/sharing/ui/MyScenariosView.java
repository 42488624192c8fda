package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.sharing.SavedInThisBrowser;

/** The scenarios saved from this browser, read from its local storage; the server keeps no such list. */
@Route("mine")
@PageTitle("My scenarios · Guarantee Lab")
@Menu(order = 4, title = "My scenarios", icon = "vaadin:archive")
class MyScenariosView extends Div {

    private final Div list = new Div();

    MyScenariosView() {
        addClassName("page");
        add(new H1("My scenarios"),
                new Paragraph("Scenarios saved from this browser, with their links. The list lives only in this "
                        + "browser: clearing its data, or using another device, starts it afresh."),
                list);
        list.setId("my-scenarios");
        list.add(new Paragraph("Loading…"));
        getElement().executeJs("return localStorage.getItem($0)", SavedInThisBrowser.STORAGE_KEY)
                .then(String.class, this::show, error -> show(null));
    }

    private void show(String stored) {
        list.removeAll();
        var entries = SavedInThisBrowser.parse(stored);
        if (entries.isEmpty()) {
            list.add(new Paragraph("No scenario has been saved from this browser yet."), new Anchor("", "Build one"));
            return;
        }
        var items = new UnorderedList();
        items.addClassName("my-scenario-list");
        for (var entry : entries) {
            var forget = new Button("Forget", click -> {
                getUI().ifPresent(ui -> MyScenariosStore.forget(ui, entry.editToken()));
                click.getSource().findAncestor(ListItem.class).removeFromParent();
            });
            forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            forget.getElement().setAttribute("aria-label", "Forget “" + entry.title() + "” in this browser");
            var title = new Span(entry.title());
            title.addClassName("my-scenario-title");
            // View pages are plain pages served outside Vaadin's router (docs/decisions/0009).
            var view = new Anchor("s/" + entry.viewToken(), "View");
            view.setRouterIgnore(true);
            items.add(new ListItem(title, view, new Span(" · "),
                    new Anchor("e/" + entry.editToken(), "Edit (private)"), forget));
        }
        list.add(items);
        if (entries.size() > 1) {
            list.add(new Anchor("compare", "Compare some of them"));
        }
    }

}
