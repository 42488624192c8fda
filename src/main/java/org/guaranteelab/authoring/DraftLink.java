package org.guaranteelab.authoring;

import org.guaranteelab.catalog.Basis;
import org.jspecify.annotations.Nullable;

/**
 * That an option serves a purpose: on the article's word ({@link Basis#SOURCE}), or on ours
 * ({@link Basis#EDITORIAL}, shown as "our reading" with the one-line {@code reason}).
 */
public record DraftLink(String option, @Nullable String level, @Nullable String allLevels, String purpose, Basis basis,
                        Span quote, @Nullable String reason) {

    public static final int LIMIT = 200;
    public static final int REASON_LENGTH = 300;
}
