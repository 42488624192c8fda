package org.guaranteelab.authoring;

import java.util.List;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.OptionRef;
import org.jspecify.annotations.Nullable;

/**
 * A combination of options (or one option) that is problematic, applying when all of {@code when} are chosen: on the
 * article's word ({@link Basis#SOURCE}), or on ours ({@link Basis#EDITORIAL}, "our reading", with the
 * one-line {@code note}).
 */
public record DraftTension(String id, Basis basis, String text, List<OptionRef> when, List<Span> quotes,
                           @Nullable String note) {

    public static final int LIMIT = 100;
    public static final int TEXT_LENGTH = 500;
    public static final int NOTE_LENGTH = 300;
    /** A tension needs every one of its options chosen; beyond ten it would hardly ever apply. */
    public static final int WHEN = 10;

    public DraftTension {
        when = List.copyOf(when);
        quotes = List.copyOf(quotes);
    }
}
