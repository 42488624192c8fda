package org.guaranteelab.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Quote;

/**
 * How exports credit the source: the citation of the article and who said each quote. Exports
 * leave the app, so every quote in them must carry its attribution and the article it came from.
 */
final class Sourcing {

    private Sourcing() {
    }

    /**
     * E.g. “Trump, Putin Propose Ukraine Peace Plan”, news article, as of March 11, 2025; for an article
     * whose case names them, “Title”, Outlet, by Author, as of …, https://…; each part only where given.
     */
    static String citation(Case theCase) {
        var source = theCase.source();
        var parts = new ArrayList<String>();
        parts.add("“" + source.title() + "”");
        Stream.of(source.kind(), source.outlet(), source.author() == null ? null : "by " + source.author(),
                source.dateContext(), source.address()).filter(Objects::nonNull).forEach(parts::add);
        return String.join(", ", parts);
    }

    static String verbatimNote(Case theCase) {
        return "Quotes are verbatim from " + citation(theCase) + " (whitespace normalised)"
                + (theCase.source().namesPublication() ? ""
                : "; our copy of the article names no outlet, author or web address")
                + ". Each position word is Guarantee Lab’s one-word summary of "
                + "the quotes behind it, marked as the stakeholder's own words or as the article reports it. "
                + "Descriptions, summaries and notes are our own words; purpose links, demands counted as met and "
                + "tensions marked “our reading” are our inference, not the source's.";
    }

    /** Where the source text a quote comes from is garbled, cut off or ambiguous, in words for readers. */
    static List<String> issues(Case theCase, Quote quote) {
        return theCase.issuesOf(quote).stream().map(issue -> issue.kind().label() + ": " + issue.note()).toList();
    }
}
