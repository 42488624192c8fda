package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.ui.QuoteBlock;

/** A summary line that opens, by click or keyboard, onto the verbatim quotes behind it. */
final class QuoteToggle {

    private QuoteToggle() {
    }

    static Component of(Case theCase, Component summary, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return summary;
        }
        var content = new Div();
        quotes.forEach(quote -> content.add(new QuoteBlock(theCase, quote)));
        var hint = new Span(quotes.size() == 1 ? "quote" : quotes.size() + " quotes");
        hint.addClassName("quote-hint");
        var details = new Details(new Span(summary, hint), content);
        details.addClassName("quote-toggle");
        return details;
    }
}
