package org.guaranteelab.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.comparison.ComparedScenarios;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioComparison;
import org.guaranteelab.scenario.ui.ScenarioSummary;
import org.guaranteelab.base.ui.TableScroll;

/**
 * Two or three scenarios side by side, by view links or tokens ({@code a}, {@code b}, {@code c})
 * and an unsaved draft ({@code draft}, the builder's address). Its own address is shareable.
 */
@Route("compare")
@PageTitle("Compare scenarios · Guarantee Lab")
@Menu(order = 5, title = "Compare", icon = "vaadin:split-h")
class CompareView extends Div implements BeforeEnterObserver {

    static final List<String> SLOTS = List.of("a", "b", "c");

    private final ComparedScenarios resolver;
    private Case theCase;

    CompareView(ComparedScenarios resolver, CaseCatalog catalog) {
        this.resolver = resolver;
        this.theCase = catalog.defaultCase();
        addClassNames("page", "compare-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var parameters = event.getLocation().getQueryParameters();
        var inputs = new LinkedHashMap<String, String>();
        SLOTS.forEach(slot -> parameters.getSingleParameter(slot).filter(value -> !value.isBlank())
                .ifPresent(value -> inputs.put(slot, value)));
        var draft = parameters.getSingleParameter("draft");

        add(new H1("Compare scenarios"));
        add(new Paragraph("Paste the view links (or their tokens) of two or three saved scenarios. "
                + "Differences come first and are marked “differs”."));
        add(form(inputs, draft.orElse(null)));

        var resolved = new ArrayList<ComparedScenarios.Compared>();
        var problems = new ArrayList<String>();
        draft.ifPresent(query -> resolved.add(resolver.draft(query)));
        inputs.forEach((slot, input) -> resolver.saved(input).ifPresentOrElse(resolved::add,
                () -> problems.add("“" + shorten(input) + "” (" + slot.toUpperCase() + ") is not a link to a saved "
                        + "scenario that can be opened: it may be mistyped, withdrawn or deleted.")));
        if (!problems.isEmpty()) {
            var notice = new Div();
            notice.addClassName("address-notice");
            notice.setId("compare-problems");
            notice.getElement().setAttribute("role", "alert");
            problems.forEach(problem -> notice.add(new Paragraph(problem)));
            add(notice);
        }
        if (resolved.size() < 2) {
            add(new Paragraph(resolved.isEmpty() ? "Nothing to compare yet." : "Add at least one more scenario to compare."));
            return;
        }
        var shown = resolved.size() > 3 ? resolved.subList(0, 3) : resolved;
        var mismatch = ComparedScenarios.caseMismatch(shown);
        if (mismatch.isPresent()) {
            var notice = new Paragraph(mismatch.get());
            notice.addClassName("address-notice");
            notice.setId("compare-case-mismatch");
            notice.getElement().setAttribute("role", "alert");
            add(notice);
            return;
        }
        theCase = shown.getFirst().theCase();
        var comparison = ScenarioComparison.of(theCase, shown.stream().map(ComparedScenarios.Compared::analysis).toList());
        add(headers(shown), choices(comparison, shown), stakeholders(comparison, shown), summaries(shown));
    }

    private Div form(Map<String, String> inputs, String draft) {
        var fields = new LinkedHashMap<String, TextField>();
        var form = new Div();
        form.addClassName("compare-form");
        for (var slot : SLOTS) {
            var field = new TextField("Scenario " + slot.toUpperCase());
            field.setId("compare-" + slot);
            field.setPlaceholder("View link or token");
            field.setMaxLength(300);
            field.setValue(inputs.getOrDefault(slot, ""));
            fields.put(slot, field);
            form.add(field);
        }
        var compare = new Button("Compare", VaadinIcon.SPLIT_H.create(), click -> {
            var query = new LinkedHashMap<String, List<String>>();
            if (draft != null) {
                query.put("draft", List.of(draft));
            }
            fields.forEach((slot, field) -> {
                if (!field.getValue().isBlank()) {
                    query.put(slot, List.of(field.getValue().strip()));
                }
            });
            getUI().ifPresent(ui -> ui.navigate("compare", new QueryParameters(query)));
        });
        compare.setId("compare-button");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(compare);
        return form;
    }

    private static Div headers(List<ComparedScenarios.Compared> shown) {
        var row = new Div();
        row.addClassName("compare-columns");
        for (int i = 0; i < shown.size(); i++) {
            var compared = shown.get(i);
            var header = new Div(new H2(columnName(i) + ": " + compared.title()));
            compared.link().ifPresent(link -> {
                // View pages are plain pages served outside Vaadin's router (docs/decisions/0009).
                var open = new Anchor(link, "Open this scenario");
                open.setRouterIgnore(true);
                header.add(open);
            });
            header.addClassName("compare-column-header");
            row.add(header);
        }
        return row;
    }

    private static String columnName(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static Div choices(ScenarioComparison comparison, List<ComparedScenarios.Compared> shown) {
        var section = new Div(new H2("Choices"));
        if (comparison.options().isEmpty()) {
            section.add(new Paragraph("None of these scenarios includes any option."));
            return section;
        }
        if (comparison.identical()) {
            section.add(new Paragraph("These scenarios make exactly the same choices."));
        }
        var table = new NativeTable();
        table.addClassNames("compare-table", "choices-table");
        table.add(new NativeTableHeader(headerRow("Option", shown, "Differs?")));
        var body = new NativeTableBody();
        for (var row : comparison.differencesFirst()) {
            var cells = new ArrayList<Component>();
            cells.add(rowHeader(row.option().name()));
            row.choices().forEach(choice -> cells.add(new NativeTableCell(choice.orElse("—  not included"))));
            cells.add(new NativeTableCell(row.differs() ? "≠ differs" : "same"));
            var tableRow = new NativeTableRow(cells.toArray(Component[]::new));
            tableRow.getElement().setAttribute("data-option", row.option().id());
            if (row.differs()) {
                tableRow.addClassName("differs");
            }
            body.add(tableRow);
        }
        table.add(body);
        section.add(new TableScroll("Choices compared", table));
        return section;
    }

    private Div stakeholders(ScenarioComparison comparison, List<ComparedScenarios.Compared> shown) {
        var section = new Div(new H2("Stakeholders"), new Paragraph("Options each stakeholder supports or offered, "
                + "per scenario, and what changes from scenario A."));
        var table = new NativeTable();
        table.addClassNames("compare-table", "stakeholder-table");
        table.add(new NativeTableHeader(headerRow("Stakeholder", shown, null)));
        var body = new NativeTableBody();
        for (var row : comparison.stakeholders()) {
            var cells = new ArrayList<Component>();
            cells.add(rowHeader(row.stakeholder().name()));
            for (int i = 0; i < shown.size(); i++) {
                var analysis = comparison.scenarios().get(i);
                var tally = analysis.tallies().stream()
                        .filter(each -> each.stakeholder().id().equals(row.stakeholder().id())).findFirst().orElseThrow();
                var cell = new NativeTableCell(new Span(tallyText(tally)));
                if (i > 0) {
                    var gained = names(row.gainedIn(i));
                    var lost = names(row.lostIn(i));
                    if (!gained.isEmpty()) {
                        cell.add(change("+ gains: " + gained, "gains"));
                    }
                    if (!lost.isEmpty()) {
                        cell.add(change("− loses: " + lost, "loses"));
                    }
                }
                cells.add(cell);
            }
            var tableRow = new NativeTableRow(cells.toArray(Component[]::new));
            tableRow.getElement().setAttribute("data-stakeholder", row.stakeholder().id());
            body.add(tableRow);
        }
        table.add(body);
        section.add(new TableScroll("Stakeholders compared", table));
        return section;
    }

    private static Paragraph change(String text, String kind) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames("stakeholder-change", "stakeholder-change--" + kind);
        return paragraph;
    }

    private String names(Set<String> optionIds) {
        return optionIds.stream().map(id -> theCase.option(id).map(option -> option.name()).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private Div summaries(List<ComparedScenarios.Compared> shown) {
        var section = new Div(new H2("Purposes, unmet demands and tensions"));
        var columns = new Div();
        columns.addClassName("compare-columns");
        for (int i = 0; i < shown.size(); i++) {
            var column = new Div(new H3(columnName(i) + ": " + shown.get(i).title()),
                    new ScenarioSummary(theCase, shown.get(i).analysis()));
            column.addClassName("compare-summary");
            columns.add(column);
        }
        section.add(columns);
        return section;
    }

    private static NativeTableRow headerRow(String first, List<ComparedScenarios.Compared> shown, String last) {
        var cells = new ArrayList<Component>();
        cells.add(columnHeader(first));
        for (int i = 0; i < shown.size(); i++) {
            cells.add(columnHeader(columnName(i) + ": " + shown.get(i).title()));
        }
        if (last != null) {
            cells.add(columnHeader(last));
        }
        return new NativeTableRow(cells.toArray(Component[]::new));
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableHeaderCell rowHeader(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }

    private static String shorten(String input) {
        var visible = input.codePoints().filter(codePoint -> !Character.isISOControl(codePoint)).limit(60)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() < input.length() ? visible + "…" : visible;
    }

    /** Every position word with its count, none left out, so the counts add up to the choices. */
    static String tallyText(ScenarioAnalysis.Tally tally) {
        var parts = Arrays.stream(Position.values()).map(position -> position.label() + ": " + tally.count(position))
                .collect(Collectors.toCollection(ArrayList::new));
        if (tally.differsByPart() > 0) {
            parts.add("differs by part: " + tally.differsByPart());
        }
        return String.join("; ", parts);
    }
}
