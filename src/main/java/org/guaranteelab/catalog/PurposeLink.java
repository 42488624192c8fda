package org.guaranteelab.catalog;

/** That an option (or one level of it) serves a purpose, on the source's word or on ours. */
public record PurposeLink(String option, String level, String purpose, Basis basis, Quote quote, String note) {
}
