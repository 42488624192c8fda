package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position.Leaning;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioAnalysis.PurposeServed;
import org.guaranteelab.scenario.ScenarioAnalysis.ServingOption;

/** The summary of a whole scenario: tallies, purposes served, unmet demands and tensions. */
public class ScenarioSummary extends Div {

    public ScenarioSummary(Case theCase, ScenarioAnalysis analysis) {
        addClassName("scenario-summary");
        add(tallies(analysis), purposes(theCase, analysis), unmetDemands(theCase, analysis),
                tensions(theCase, analysis));
    }

    private static Div tallies(ScenarioAnalysis analysis) {
        var table = new NativeTable();
        table.addClassName("tally-table");
        var caption = new NativeTableCaption();
        caption.setText("How each stakeholder's stated positions lean on the " + analysis.chosen().size()
                + " chosen " + (analysis.chosen().size() == 1 ? "option" : "options"));
        table.add(caption);
        var header = new NativeTableRow(headerCell("Stakeholder"), headerCell("Supports / offered"),
                headerCell("Hedged"), headerCell("Opposes / not offered"), headerCell("Not stated"));
        table.add(new NativeTableHeader(header));
        var body = new NativeTableBody();
        for (var tally : analysis.tallies()) {
            var name = new NativeTableHeaderCell(tally.stakeholder().name());
            name.getElement().setAttribute("scope", "row");
            var row = new NativeTableRow(name, count(tally.count(Leaning.FAVOURABLE)),
                    count(tally.count(Leaning.RESERVED)), count(tally.count(Leaning.UNFAVOURABLE)),
                    count(tally.count(Leaning.NOT_STATED)));
            row.getElement().setAttribute("data-stakeholder", tally.stakeholder().id());
            body.add(row);
        }
        table.add(body);
        var section = new Div(new H3("Stakeholders"), new TableScroll("Stakeholders' positions", table));
        section.addClassName("summary-part");
        return section;
    }

    private static NativeTableHeaderCell headerCell(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableCell count(int value) {
        var cell = new NativeTableCell(Integer.toString(value));
        cell.addClassName(value == 0 ? "count-zero" : "count");
        return cell;
    }

    private static Div purposes(Case theCase, ScenarioAnalysis analysis) {
        var list = new UnorderedList();
        list.addClassName("purpose-list");
        for (var purpose : analysis.purposes()) {
            list.add(purposeItem(theCase, purpose));
        }
        var section = new Div(new H3("Purposes served"),
                new Paragraph("The source names four purposes of security guarantees. Links marked “our reading” "
                        + "are our own inference, not the source's."), list);
        section.addClassName("summary-part");
        return section;
    }

    private static ListItem purposeItem(Case theCase, PurposeServed served) {
        var name = new Span(served.purpose().name() + ": ");
        name.addClassName("purpose-name");
        var item = new ListItem();
        item.getElement().setAttribute("data-purpose", served.purpose().id());
        if (!served.isServed()) {
            item.add(name, new Span("not served by the chosen options."));
            item.addClassName("muted");
            return item;
        }
        item.add(QuoteToggle.of(theCase, new Span(name, new Span("served by the chosen options")),
                List.of(served.purpose().quote())));
        var byOption = new UnorderedList();
        for (ServingOption serving : served.servedBy()) {
            var line = new Span(serving.option().name());
            if (serving.link().basis() == Basis.EDITORIAL) {
                var mark = new Span("our reading");
                mark.addClassName("badge-editorial");
                line.add(mark);
            } else {
                line.add(new Span(" (the source's link)"));
            }
            var entry = new ListItem(QuoteToggle.of(theCase, line, List.of(serving.link().quote())));
            if (serving.link().note() != null) {
                var note = new Paragraph("Our reasoning: " + serving.link().note());
                note.addClassName("editorial-note");
                entry.add(note);
            }
            byOption.add(entry);
        }
        item.add(byOption);
        return item;
    }

    private static Div unmetDemands(Case theCase, ScenarioAnalysis analysis) {
        var section = new Div(new H3("Stated demands left unmet"));
        section.addClassName("summary-part");
        if (analysis.unmetDemands().isEmpty()) {
            section.add(new Paragraph("Every demand the source attributes to a stakeholder is met by this scenario."));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("demand-list");
        for (var demand : analysis.unmetDemands()) {
            var stakeholder = theCase.stakeholder(demand.stakeholder()).map(Stakeholder::name).orElseThrow();
            var line = new Span(new Span(stakeholder + ": "), new Span(demand.text()));
            var item = new ListItem(QuoteToggle.of(theCase, line, demand.quotes()));
            item.getElement().setAttribute("data-demand", demand.id());
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private static Div tensions(Case theCase, ScenarioAnalysis analysis) {
        var section = new Div(new H3("Tensions the source points to"));
        section.addClassName("summary-part");
        if (analysis.tensions().isEmpty()) {
            section.add(new Paragraph("The source points to no tension in this combination."));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("tension-list");
        for (var tension : analysis.tensions()) {
            var line = new Span(tension.text());
            if (tension.basis() == Basis.EDITORIAL) {
                var mark = new Span("our reading");
                mark.addClassName("badge-editorial");
                line.add(mark);
            }
            var item = new ListItem(QuoteToggle.of(theCase, line, tension.quotes()));
            item.getElement().setAttribute("data-tension", tension.id());
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
