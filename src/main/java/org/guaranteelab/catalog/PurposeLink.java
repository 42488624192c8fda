package org.guaranteelab.catalog;

import org.jspecify.annotations.Nullable;

/**
 * That an option (or one level of it) serves a purpose, on the source's word or on ours. On an option
 * with levels, a link without {@code level} needs {@code allLevels}: why it holds at every level.
 */
public record PurposeLink(String option, @Nullable String level, @Nullable String allLevels, String purpose, Basis basis, Quote quote,
                          @Nullable String note) {
}
