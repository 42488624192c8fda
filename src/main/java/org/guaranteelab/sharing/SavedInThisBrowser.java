package org.guaranteelab.sharing;

import java.util.ArrayList;
import java.util.List;
import org.guaranteelab.base.ShareToken;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list of scenarios saved from one browser ("My scenarios"), which lives in that browser's local
 * storage only: the server never learns who saved what. Pages that offer these scenarios (My scenarios,
 * Compare) read the stored text under {@link #STORAGE_KEY} and parse it here.
 */
public final class SavedInThisBrowser {

    /** The local-storage key the list is kept under. */
    public static final String STORAGE_KEY = "guarantee-lab.my-scenarios";
    /** How many entries the browser keeps, newest first. */
    public static final int KEPT = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_STORED_LENGTH = 200_000;

    private SavedInThisBrowser() {
    }

    /** One saved scenario: its title as saved, its view token and its private edit token. */
    public record Entry(String title, String viewToken, String editToken) {
    }

    /**
     * The well-formed entries of the stored text, newest first. Local storage is the user's to change, so
     * anything else (not JSON, a token of the wrong form, no title, too long) is left out, never an error.
     */
    public static List<Entry> parse(@Nullable String stored) {
        var entries = new ArrayList<Entry>();
        if (stored == null || stored.length() > MAX_STORED_LENGTH) {
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
        return List.copyOf(entries);
    }
}
