package org.guaranteelab.catalog;

import java.util.List;

/**
 * Something a stakeholder says must happen; met when the scenario has any of {@code metBy}. Which
 * options meet it is our reading, never the source's: {@code note} gives the reason in one line.
 */
public record Demand(String id, String stakeholder, String text, List<OptionRef> metBy, List<Quote> quotes,
                     String note) {

    public Demand {
        metBy = metBy == null ? List.of() : List.copyOf(metBy);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
