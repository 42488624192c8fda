package org.guaranteelab.catalog;

import java.util.Optional;
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
        return citationOf(catalog.defaultCase());
    }

    @Override
    public Optional<OtherCase> otherCase(String caseId) {
        return catalog.find(caseId).filter(found -> found != catalog.defaultCase()).map(found -> new OtherCase(
                "Case: “" + found.source().title() + "”" + (found.source().dateContext() == null ? ""
                        : ", " + found.source().dateContext()),
                citationOf(found), CasePaths.source(found.id())));
    }

    /** The article, its outlet and author where the case names them, and its date; or that the copy names none. */
    private static String citationOf(Case theCase) {
        var source = theCase.source();
        var text = new StringBuilder("Source: “" + source.title() + "”");
        if (source.outlet() != null) {
            text.append(", ").append(source.outlet());
        }
        if (source.author() != null) {
            text.append(", by ").append(source.author());
        }
        if (source.dateContext() != null) {
            text.append(", ").append(source.dateContext());
        }
        text.append('.');
        if (!source.namesPublication()) {
            text.append(" Our copy of the article names no outlet, author or web address.");
        }
        return text.toString();
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
                + "source”, and our own judgements are labelled “our reading”.";
    }
}
