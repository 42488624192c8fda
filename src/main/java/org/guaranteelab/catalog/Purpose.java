package org.guaranteelab.catalog;

/** A purpose the source names for security guarantees, with the words that define it. */
public record Purpose(String id, String name, Quote quote) {
}
