package org.guaranteelab.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A combination that is problematic, on the source's word or on ours; applies when all of {@code when}
 * are chosen. {@code note} is our one-line reason, required where the tension is our reading.
 */
public record Tension(String id, Basis basis, String text, List<OptionRef> when, List<Quote> quotes, @Nullable String note) {

    public Tension {
        when = when == null ? List.of() : List.copyOf(when);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
