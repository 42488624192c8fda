package org.guaranteelab.catalog;

import java.util.List;

/** Something a stakeholder says must happen; met when the scenario has any of {@code metBy}. */
public record Demand(String id, String stakeholder, String text, List<OptionRef> metBy, List<Quote> quotes) {

    public Demand {
        metBy = metBy == null ? List.of() : List.copyOf(metBy);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
