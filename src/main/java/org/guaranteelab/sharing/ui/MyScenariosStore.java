package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.UI;
import org.guaranteelab.sharing.SavedInThisBrowser;

/**
 * The list of scenarios saved from this browser, kept in the browser's local storage only: the
 * server never learns who saved what.
 */
final class MyScenariosStore {

    private static final String KEY = SavedInThisBrowser.STORAGE_KEY;
    private static final int KEPT = SavedInThisBrowser.KEPT;

    private MyScenariosStore() {
    }

    static void remember(UI ui, String title, String viewToken, String editToken) {
        ui.getPage().executeJs("""
                const key = $0;
                let list = [];
                try { list = JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { list = []; }
                if (!Array.isArray(list)) { list = []; }
                list = list.filter(entry => entry && entry.edit !== $2);
                list.unshift({title: $1, edit: $2, view: $3, savedAt: new Date().toISOString()});
                localStorage.setItem(key, JSON.stringify(list.slice(0, $4)));""",
                KEY, title, editToken, viewToken, KEPT);
    }

    static void forget(UI ui, String editToken) {
        ui.getPage().executeJs("""
                const key = $0;
                let list = [];
                try { list = JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { list = []; }
                if (Array.isArray(list)) {
                  localStorage.setItem(key, JSON.stringify(list.filter(entry => entry && entry.edit !== $1)));
                }""", KEY, editToken);
    }
}
