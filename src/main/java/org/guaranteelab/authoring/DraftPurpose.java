package org.guaranteelab.authoring;

/** A purpose of guarantees the article names, defined by the quote that names it. */
public record DraftPurpose(String id, String name, Span quote) {

    public static final int LIMIT = 30;
    public static final int NAME_LENGTH = 120;
}
