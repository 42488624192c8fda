package org.guaranteelab.catalog.ui;

/** Addresses of places in the Source view. */
public final class SourceLinks {

    private SourceLinks() {
    }

    public static String passage(String passageId) {
        return "source#" + passageId;
    }
}
