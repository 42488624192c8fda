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
        return "Every stance shown is quoted from this source, not inferred. "
                + "Where the source says nothing, the app says “not stated in the source”; "
                + "our own editorial links are labelled as such.";
    }
}
