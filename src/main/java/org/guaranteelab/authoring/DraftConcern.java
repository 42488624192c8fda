package org.guaranteelab.authoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A problem the article raises about an option, in our words, resting on its quotes. */
public record DraftConcern(String option, @Nullable String level, @Nullable String allLevels, String text, List<Span> quotes) {

    public static final int LIMIT = 100;
    public static final int TEXT_LENGTH = 500;

    public DraftConcern {
        quotes = List.copyOf(quotes);
    }
}
