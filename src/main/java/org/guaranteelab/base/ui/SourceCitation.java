package org.guaranteelab.base.ui;

import org.guaranteelab.catalog.CaseSource;

/** The footer every page carries: which source the app quotes, and how it treats it. */
final class SourceCitation {

    static final String READ_THE_SOURCE = "Read the quoted passages";

    static final String METHOD = "Quotes are verbatim from this source. Each position word (“supports”, "
            + "“not offered” …) is our one-word summary of the quotes behind it, marked as the stakeholder's own "
            + "words or as the article reports it; where the source says nothing, the app says “not stated in the "
            + "source”, and our own judgements are labelled “our reading”. Our copy of the article names no outlet, "
            + "author or web address.";

    private SourceCitation() {
    }

    static String of(CaseSource source) {
        return "Source: “" + source.title() + "”, " + source.dateContext() + ".";
    }
}
