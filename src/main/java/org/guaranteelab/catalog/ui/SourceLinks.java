package org.guaranteelab.catalog.ui;

import org.springframework.modulith.NamedInterface;

/** Addresses of places in the Source view. */
@NamedInterface("widgets")
public final class SourceLinks {

    private SourceLinks() {
    }

    public static String passage(String passageId) {
        return "source#" + passageId;
    }
}
