package org.guaranteelab.catalog;

import java.util.List;

/**
 * A concern the source raises about an option (or one level of it); {@code text} is our summary. On
 * an option with levels, a concern without {@code level} needs {@code allLevels}: why it holds at every level.
 */
public record Concern(String option, String level, String allLevels, String text, List<Quote> quotes) {

    public Concern {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
