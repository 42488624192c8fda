package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.ui.PositionBadge;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;

/** What every stakeholder says of one chosen option, and the concerns the source raises about it. */
public class OptionAnalysis extends Div {

    public OptionAnalysis(Case theCase, ChosenOption chosen) {
        addClassName("option-analysis");
        add(new H4("What the stakeholders say"));
        var stances = new UnorderedList();
        stances.addClassName("stance-list");
        for (var stance : chosen.stances()) {
            var line = new Span(new Span(stance.stakeholder().name() + ": "), new PositionBadge(stance.position()));
            line.addClassName("stance-line");
            var item = new ListItem(QuoteToggle.of(theCase, line, stance.quotes()));
            item.addClassName("stance-item");
            item.getElement().setAttribute("data-stakeholder", stance.stakeholder().id());
            item.getElement().setAttribute("data-position", stance.position().code());
            stance.note().ifPresent(note -> {
                var remark = new Paragraph("Our note: " + note);
                remark.addClassName("editorial-note");
                item.add(remark);
            });
            stances.add(item);
        }
        add(stances);

        add(new H4("Concerns the source raises"));
        if (chosen.concerns().isEmpty()) {
            var none = new Paragraph("The source raises no concern about this choice.");
            none.addClassName("muted");
            add(none);
        } else {
            var concerns = new UnorderedList();
            concerns.addClassName("concern-list");
            chosen.concerns().forEach(concern ->
                    concerns.add(new ListItem(QuoteToggle.of(theCase, new Span(concern.text()), concern.quotes()))));
            add(concerns);
        }
    }
}
