package org.guaranteelab.catalog;

import org.guaranteelab.base.SourceNotice;
import org.springframework.stereotype.Component;

/** The footer every page carries: which source the app quotes, and how it treats it. */
@Component
class SourceCitation implements SourceNotice {

    private final CaseCatalog catalog;

    SourceCitation(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String citation() {
        var source = catalog.defaultCase().source();
        return "Source: “" + source.title() + "”, " + source.dateContext() + ".";
    }

    @Override
    public String readTheSource() {
        return "Read the quoted passages";
    }

    @Override
    public String method() {
        return "Quotes are verbatim from this source. Each position word (“supports”, "
                + "“not offered” …) is our one-word summary of the quotes behind it, marked as the stakeholder's own "
                + "words or as the article reports it; where the source says nothing, the app says “not stated in the "
                + "source”, and our own judgements are labelled “our reading”. Our copy of the article names no outlet, "
                + "author or web address.";
    }
}
