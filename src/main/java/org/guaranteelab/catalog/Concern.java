package org.guaranteelab.catalog;

import java.util.List;

/** A concern the source raises about an option (or one level of it); {@code text} is our summary. */
public record Concern(String option, String level, String text, List<Quote> quotes) {

    public Concern {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
