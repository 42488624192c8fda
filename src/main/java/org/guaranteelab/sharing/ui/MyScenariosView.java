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
import java.util.ArrayList;
import java.util.List;
import org.guaranteelab.sharing.ScenarioDetails;
import org.guaranteelab.base.ShareToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scenarios saved from this browser, read from its local storage; the server keeps no such list. */
@Route("mine")
@PageTitle("My scenarios · Guarantee Lab")
@Menu(order = 4, title = "My scenarios", icon = "vaadin:archive")
class MyScenariosView extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Div list = new Div();

    MyScenariosView() {
        addClassName("page");
        add(new H1("My scenarios"),
                new Paragraph("Scenarios saved from this browser, with their links. The list lives only in this "
                        + "browser: clearing its data, or using another device, starts it afresh."),
                list);
        list.setId("my-scenarios");
        list.add(new Paragraph("Loading…"));
        getElement().executeJs("return localStorage.getItem($0)", MyScenariosStore.KEY)
                .then(String.class, this::show, error -> show(null));
    }

    private void show(String stored) {
        list.removeAll();
        var entries = parse(stored);
        if (entries.isEmpty()) {
            list.add(new Paragraph("No scenario has been saved from this browser yet."), new Anchor("", "Build one"));
            return;
        }
        var items = new UnorderedList();
        items.addClassName("my-scenario-list");
        for (var entry : entries) {
            var forget = new Button("Forget", click -> {
                getUI().ifPresent(ui -> MyScenariosStore.forget(ui, entry.edit()));
                click.getSource().findAncestor(ListItem.class).removeFromParent();
            });
            forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            forget.getElement().setAttribute("aria-label", "Forget “" + entry.title() + "” in this browser");
            var title = new Span(entry.title());
            title.addClassName("my-scenario-title");
            // View pages are plain pages served outside Vaadin's router (docs/decisions/0009).
            var view = new Anchor("s/" + entry.view(), "View");
            view.setRouterIgnore(true);
            items.add(new ListItem(title, view, new Span(" · "),
                    new Anchor("e/" + entry.edit(), "Edit (private)"), forget));
        }
        list.add(items);
    }

    /** Local storage is the user's to change: only well-formed entries are shown, as text. */
    private static List<Entry> parse(String stored) {
        var entries = new ArrayList<Entry>();
        if (stored == null || stored.length() > 200_000) {
            return entries;
        }
        JsonNode root;
        try {
            root = JSON.readTree(stored);
        } catch (RuntimeException e) {
            return entries;
        }
        if (root == null || !root.isArray()) {
            return entries;
        }
        for (var node : root) {
            var title = node.path("title").asString("");
            var view = node.path("view").asString("");
            var edit = node.path("edit").asString("");
            if (ShareToken.isWellFormed(view) && ShareToken.isWellFormed(edit) && !title.isBlank()) {
                entries.add(new Entry(title.length() > ScenarioDetails.TITLE_MAX_LENGTH
                        ? title.substring(0, ScenarioDetails.TITLE_MAX_LENGTH) : title, view, edit));
            }
        }
        return entries;
    }

    private record Entry(String title, String view, String edit) {
    }
}
