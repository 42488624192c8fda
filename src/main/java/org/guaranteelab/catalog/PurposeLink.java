package org.guaranteelab.catalog;

/**
 * That an option (or one level of it) serves a purpose, on the source's word or on ours. On an option
 * with levels, a link without {@code level} needs {@code allLevels}: why it holds at every level.
 */
public record PurposeLink(String option, String level, String allLevels, String purpose, Basis basis, Quote quote,
                          String note) {
}
