package org.guaranteelab.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concern the source raises about an option (or one level of it); {@code text} is our summary. On
 * an option with levels, a concern without {@code level} needs {@code allLevels}: why it holds at every level.
 */
public record Concern(String option, @Nullable String level, @Nullable String allLevels, String text, List<Quote> quotes) {

    public Concern {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
