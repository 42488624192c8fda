package org.guaranteelab.catalog;

import java.util.List;

/** A combination the source points to as problematic; applies when all of {@code when} are chosen. */
public record Tension(String id, Basis basis, String text, List<OptionRef> when, List<Quote> quotes) {

    public Tension {
        when = when == null ? List.of() : List.copyOf(when);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
