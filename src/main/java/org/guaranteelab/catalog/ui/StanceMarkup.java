package org.guaranteelab.catalog.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.StanceBasis;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.modulith.NamedInterface;

/**
 * The one renderer of a stance's parts, as escaped HTML markup: a position (icon and word), a verbatim quote
 * with its attribution, passage link and source issues, and a stance line (label, position, basis). The
 * builder, the view page, the Stakeholders page and the role card all draw them with it; the exports use the
 * same attribution ({@link Case#attribution(Quote)}). Only the case's own text goes in, always through
 * jsoup's escaping {@code text()} and {@code attr()}.
 */
@NamedInterface("widgets")
public final class StanceMarkup {

    private StanceMarkup() {
    }

    /**
     * A document to build markup in: non-ASCII characters (curly quotes, dashes) come out as entities, which
     * keeps the markup a one-byte-per-character string in each session that holds it.
     */
    public static Document newDocument() {
        var document = new Document("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.US_ASCII);
        return document;
    }

    /** A position as an icon and a word, so that colour is never the only signal. */
    public static Element position(Position position) {
        var badge = new Element("span").addClass("position").addClass("position--" + position.code());
        badge.appendElement("vaadin-icon").attr("icon", PositionBadge.iconName(position)).attr("aria-hidden", "true");
        badge.appendElement("span").text(position.label());
        return badge;
    }

    /**
     * "Label: position · basis" ({@code label} may be null): what a stakeholder's stance on one option (or
     * level) is and whose words it rests on.
     */
    public static Element stanceLine(Case theCase, String label, Position position, StanceBasis basis, List<Quote> quotes) {
        var line = new Element("span").addClass("stance-line");
        if (label != null) {
            line.appendElement("span").text(label + ": ");
        }
        line.appendChild(position(position));
        if (basis != StanceBasis.NOT_STATED) {
            line.appendElement("span").addClass("stance-basis").text(" · " + theCase.basisLine(basis, quotes));
        }
        return line;
    }

    /**
     * A verbatim quote with who said it, a link to its place in the Source view, a "copy citation" button and a
     * warning where the source text there is garbled, cut off or ambiguous.
     */
    public static Element quote(Case theCase, Quote quote) {
        var block = new Element("div").addClass("quote");
        block.appendElement("blockquote").text(quoted(quote));
        var attribution = block.appendElement("p").addClass("quote-attribution");
        attribution.appendElement("span").text("— " + theCase.attribution(quote) + " · ");
        var number = theCase.passageNumber(quote.passage());
        attribution.appendElement("a").attr("href", SourceLinks.passage(theCase, quote.passage()))
                .attr("aria-label", "Show this quote's place in the source, passage " + number)
                .text("in the source, ¶" + number);
        attribution.appendText(" · ");
        attribution.appendElement("button").attr("type", "button").addClass("copy-citation")
                .attr("data-citation", theCase.citation(quote)).text("copy citation");
        for (var issue : theCase.issuesOf(quote)) {
            var flag = block.appendElement("p").addClass("source-issue");
            flag.appendElement("vaadin-icon").attr("icon", "vaadin:warning").attr("aria-hidden", "true");
            flag.appendElement("span").text("Note: " + issue.kind().label() + ". " + issue.note());
        }
        return block;
    }

    /**
     * The quote between the one pair of quotation marks the app adds; the loader refuses quote texts
     * that carry their own, which would show doubled.
     */
    public static String quoted(Quote quote) {
        return "“" + quote.text().strip() + "”";
    }
}
