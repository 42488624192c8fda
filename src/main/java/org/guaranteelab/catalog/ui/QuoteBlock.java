package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Quote;
import org.springframework.modulith.NamedInterface;

/**
 * A verbatim quote with who said it (or "the article's own words"), a link to its place in the
 * Source view, and a warning where the source text there is garbled, cut off or ambiguous.
 */
@NamedInterface("widgets")
public class QuoteBlock extends Div {

    public QuoteBlock(Case theCase, Quote quote) {
        addClassName("quote");
        var blockquote = new Element("blockquote");
        blockquote.setText("“" + quote.text() + "”");
        getElement().appendChild(blockquote);

        var attribution = new Paragraph();
        attribution.addClassName("quote-attribution");
        attribution.add(new Span("— " + attributionOf(theCase, quote) + " · "));
        var link = new Anchor(SourceLinks.passage(quote.passage()), "in the source");
        link.getElement().setAttribute("aria-label", "Show this quote's place in the source");
        attribution.add(link);
        add(attribution);

        for (var issue : theCase.issuesOf(quote)) {
            var flag = new Paragraph();
            flag.addClassName("source-issue");
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            flag.add(icon, new Span("Note: " + issue.kind().label() + ". " + issue.note()));
            add(flag);
        }
    }

    /** Who said a quote: name, role as the source gives it, and stakeholder; or the article itself. */
    public static String attributionOf(Case theCase, Quote quote) {
        return theCase.speaker(quote)
                .map(person -> person.name()
                        + person.roleInSource().map(role -> ", " + role).orElse(" (role not stated in the source)")
                        + theCase.stakeholderOf(person).map(stakeholder -> " — " + stakeholder.name()).orElse(""))
                .orElse("the article’s own words");
    }
}
