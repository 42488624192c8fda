package org.guaranteelab.catalog.ui;

import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Quote;
import org.springframework.modulith.NamedInterface;

/** A verbatim quote with its attribution and place in the source, as {@link StanceMarkup#quote} draws it. */
@NamedInterface("widgets")
public class QuoteBlock extends Markup {

    public QuoteBlock(Case theCase, Quote quote) {
        super(StanceMarkup.quote(theCase, quote));
    }
}
