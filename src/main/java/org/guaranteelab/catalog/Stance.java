package org.guaranteelab.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder's position on one option. Either one position for the whole option, or, where
 * the source distinguishes them, one per level ({@code levels}). On an option with levels, a single
 * position needs {@code allLevels}: our reason why it covers every level. {@code basis} says whether
 * the position rests on the stakeholder's own words or on the article's report of them; it may be
 * left out only where the position is "not stated". {@code note} is our own remark.
 */
public record Stance(String stakeholder, String option, @Nullable Position position, @Nullable StanceBasis basis, List<Quote> quotes,
                     Map<String, LevelStance> levels, @Nullable String allLevels, @Nullable String note) {

    public Stance {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        basis = basisOrSilence(position, basis);
    }

    private static @Nullable StanceBasis basisOrSilence(@Nullable Position position, @Nullable StanceBasis basis) {
        return basis == null && position == Position.NOT_STATED ? StanceBasis.NOT_STATED : basis;
    }

    public boolean byLevel() {
        return !levels.isEmpty();
    }

    /** The position that applies when the option is chosen at {@code levelId} (null: no level). */
    public LevelStance at(@Nullable String levelId) {
        if (byLevel() && levelId != null && levels.containsKey(levelId)) {
            return levels.get(levelId);
        }
        return new LevelStance(position, basis, quotes);
    }

    public record LevelStance(Position position, StanceBasis basis, List<Quote> quotes) {
        public LevelStance {
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
            basis = basisOrSilence(position, basis);
        }
    }
}
