package org.guaranteelab.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * A correction made to the case, in our words, for readers of scenarios saved before it: on
 * {@code date} (UTC), about {@code options} (none: about the case as a whole).
 */
public record Correction(LocalDate date, List<String> options, String text) {

    public Correction {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * Whether to tell the reader of a scenario saved at {@code savedAt} on an older version of the
     * case, with these options chosen: the correction came after it and is about one of them.
     */
    public boolean concerns(Instant savedAt, Collection<String> chosenOptions) {
        var madeAfterSaving = savedAt.isBefore(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return madeAfterSaving && (options.isEmpty() || options.stream().anyMatch(chosenOptions::contains));
    }
}
