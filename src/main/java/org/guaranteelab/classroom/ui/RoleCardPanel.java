package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.catalog.ui.QuoteBlock;
import org.guaranteelab.catalog.ui.StanceMarkup;
import org.guaranteelab.classroom.RoleCard;

/** The role a student plays: the stakeholder's stated positions, each with its verbatim quotes. */
class RoleCardPanel extends Details {

    RoleCardPanel(Case theCase, RoleCard card) {
        setSummaryText("Your role: " + card.stakeholder().name() + " — what it has said about each option");
        setId("role-card");
        addClassName("role-card");
        setOpened(true);
        var lines = new Div();
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
}
