package org.guaranteelab.catalog.ui;

import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CasePaths;
import org.springframework.modulith.NamedInterface;

/** Addresses of places in the Source view of a case. */
@NamedInterface("widgets")
public final class SourceLinks {

    private SourceLinks() {
    }

    public static String passage(Case theCase, String passageId) {
        return CasePaths.passage(theCase.id(), passageId);
    }
}
