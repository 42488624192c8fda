package org.guaranteelab.base.ui;

import org.guaranteelab.catalog.CaseSource;

/** The footer every page carries: which source the app quotes, and how it treats it. */
final class SourceCitation {

    static final String READ_THE_SOURCE = "Read the quoted passages";

    static final String METHOD = "Every stance shown is quoted from this source, not inferred. "
            + "Where the source says nothing, the app says “not stated in the source”; "
            + "our own editorial links are labelled as such.";

    private SourceCitation() {
    }

    static String of(CaseSource source) {
        return "Source: “" + source.title() + "”, " + source.dateContext() + ".";
    }
}
