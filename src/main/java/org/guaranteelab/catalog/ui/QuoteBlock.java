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
        blockquote.setText(quoted(quote));
        getElement().appendChild(blockquote);

        var attribution = new Paragraph();
        attribution.addClassName("quote-attribution");
        attribution.add(new Span("— " + attributionOf(theCase, quote) + " · "));
        var number = theCase.passageNumber(quote.passage());
        var link = new Anchor(SourceLinks.passage(quote.passage()), "in the source, ¶" + number);
        link.getElement().setAttribute("aria-label", "Show this quote's place in the source, passage " + number);
        attribution.add(link, new Span(" · "));
        var copy = new Element("button");
        copy.setAttribute("type", "button");
        copy.getClassList().add("copy-citation");
        copy.setAttribute("data-citation", theCase.citation(quote));
        copy.setText("copy citation");
        attribution.getElement().appendChild(copy);
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

    /**
     * The quote between the one pair of quotation marks the app adds; the loader refuses quote texts
     * that carry their own, which would show doubled.
     */
    public static String quoted(Quote quote) {
        return "“" + quote.text().strip() + "”";
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
