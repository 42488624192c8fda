package org.guaranteelab.catalog;

import java.util.List;
import java.util.Map;

/**
 * A stakeholder's position on one option. Either one position for the whole option, or, where
 * the source distinguishes them, one per level ({@code levels}). {@code note} is our own remark.
 */
public record Stance(String stakeholder, String option, Position position, List<Quote> quotes,
                     Map<String, LevelStance> levels, String note) {

    public Stance {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    public boolean byLevel() {
        return !levels.isEmpty();
    }

    /** The position that applies when the option is chosen at {@code levelId} (null: no level). */
    public LevelStance at(String levelId) {
        if (byLevel() && levelId != null && levels.containsKey(levelId)) {
            return levels.get(levelId);
        }
        return new LevelStance(position, quotes);
    }

    public record LevelStance(Position position, List<Quote> quotes) {
        public LevelStance {
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
        }
    }
}
