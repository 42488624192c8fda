package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.catalog.ui.QuoteBlock;
import org.guaranteelab.catalog.ui.StakeholderMark;
import org.guaranteelab.catalog.ui.StanceMarkup;
import org.guaranteelab.classroom.RoleCard;

/** The role a student plays: the stakeholder's stated positions, each with its verbatim quotes. */
class RoleCardPanel extends Details {

    /** Wider than this (in CSS pixels), the card starts open; on a phone it starts closed, above the choices. */
    private static final int PHONE_WIDTH = 600;

    RoleCardPanel(Case theCase, RoleCard card) {
        setId("role-card");
        addClassName("role-card");
        // Closed until the browser says its width: a phone keeps the choices in reach.
        setOpened(false);
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details ->
                setOpened(details.getWindowInnerWidth() > PHONE_WIDTH));
        var lines = new Div();
        if (card.silent()) {
            summary(theCase, card, "Your role: " + card.stakeholder().name() + " — the source quotes no position of theirs");
            lines.add(new Paragraph("The source states no position of " + card.stakeholder().name() + " on any of "
                    + "the options, so there is nothing of theirs to quote, and nothing here is made up for them. "
                    + "Argue from what is known (what others in the source say about " + card.stakeholder().name()
                    + ") and from what is missing: what would you need to hear from them, and does their silence "
                    + "make a guarantee stronger or weaker?"));
            add(lines);
            return;
        }
        summary(theCase, card, "Your role: " + card.stakeholder().name() + " — what it has said about each option");
        lines.add(new Paragraph("Argue as " + card.stakeholder().name() + " would, from what the source reports. "
                + "The quotes below are verbatim from the source; each position word is our one-word summary of them, "
                + "marked as the stakeholder's own words or as the article reports it. Where the source is silent, "
                + "the line says so."));
        for (var line : card.lines()) {
            var row = new Div();
            row.addClassName("role-line");
            var heading = new Paragraph(new Markup(StanceMarkup.stanceLine(theCase, line.label(), line.position(),
                    line.basis(), line.quotes())));
            heading.addClassName("role-line-heading");
            row.add(heading);
            if (line.quotes().isEmpty() && line.position() != Position.NOT_STATED) {
                row.add(new Paragraph("(no quote recorded for this position)"));
            }
            line.quotes().forEach(quote -> row.add(new QuoteBlock(theCase, quote)));
            lines.add(row);
        }
        add(lines);
    }

    /** The summary line, led by the stakeholder's mark, the same as on the map and the Stakeholders page. */
    private void summary(Case theCase, RoleCard card, String text) {
        var summary = new Span(new StakeholderMark(theCase, card.stakeholder()));
        summary.addClassName("role-card-summary");
        summary.getElement().appendChild(Element.createText(text));
        setSummary(summary);
    }
}
