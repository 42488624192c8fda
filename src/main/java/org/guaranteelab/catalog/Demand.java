package org.guaranteelab.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something a stakeholder says must happen; met when the scenario has any of {@code metBy}. Which
 * options meet it is our reading, never the source's: {@code note} gives the reason in one line.
 */
public record Demand(String id, String stakeholder, String text, List<OptionRef> metBy, List<Quote> quotes,
                     @Nullable String note) {

    public Demand {
        metBy = metBy == null ? List.of() : List.copyOf(metBy);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
