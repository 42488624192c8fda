package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remembers the board links of the classes started in this browser (local storage only: the
 * server keeps just their hashes), so that a teacher who closed the tab finds the board again.
 */
final class BoardLinkStore {

    private static final String KEY = "guarantee-lab.classes";
    private static final int MAX_REMEMBERED = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BoardLinkStore() {
    }

    static void remember(UI ui, String className, String boardUrl) {
        ui.getPage().executeJs("""
                const key = $0;
                let list;
                try { list = JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { list = []; }
                if (!Array.isArray(list)) { list = []; }
                list = [{name: $1, board: $2}].concat(list.filter(entry => entry && entry.board !== $2));
                localStorage.setItem(key, JSON.stringify(list.slice(0, $3)));""", KEY, className, boardUrl,
                MAX_REMEMBERED);
    }

    /** Fills {@code target} with the remembered classes, once the browser has answered. */
    static void list(com.vaadin.flow.component.Component owner, Div target) {
        owner.getElement().executeJs("return localStorage.getItem($0) || '[]'", KEY).then(String.class, stored -> {
            JsonNode entries;
            try {
                entries = JSON.readTree(stored);
            } catch (RuntimeException malformed) {
                return;
            }
            if (!entries.isArray() || entries.isEmpty()) {
                return;
            }
            var list = new UnorderedList();
            for (var entry : entries) {
                var name = entry.path("name").asString("");
                var board = entry.path("board").asString("");
                // Only links to a board of this app; anything else in storage is ignored.
                var path = board.replaceFirst("^https?://[^/]+/", "");
                if (name.isEmpty() || !path.matches("t/[A-Za-z0-9_-]{22}")) {
                    continue;
                }
                list.add(new ListItem(new Anchor(path, name)));
            }
            target.removeAll();
            target.add(new H2("Your classes in this browser"), list);
        });
    }
}
