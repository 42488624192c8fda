package org.guaranteelab.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Verbatim words from one passage of the source. {@code speaker} names a person of a
 * stakeholder; it is absent where the words are the article's own.
 */
public record Quote(String passage, @Nullable String speaker, String text) {
}
