package org.guaranteelab.comparison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.catalog.ui.StakeholderMark;
import org.guaranteelab.comparison.ComparedScenarios;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioComparison;
import org.guaranteelab.scenario.ui.CaseMarkup;
import org.guaranteelab.scenario.ui.ComparisonMarkup;
import org.guaranteelab.sharing.SavedInThisBrowser;
import org.jspecify.annotations.Nullable;

/**
 * Two or three scenarios side by side: picked from those saved in this browser ("My scenarios"), by
 * view links or tokens ({@code a}, {@code b}, {@code c}), and an unsaved draft ({@code draft}, the
 * builder's address), which is always column A. Its own address is shareable.
 */
@Route("compare")
@PageTitle("Compare scenarios · Guarantee Lab")
@Menu(order = 5, title = "Compare", icon = "vaadin:split-h")
class CompareView extends Div implements BeforeEnterObserver {

    static final List<String> SLOTS = List.of("a", "b", "c");
    private static final int MOST = 3;

    private final ComparedScenarios resolver;
    private final Case defaultCase;
    private Case theCase;
    private final Div saved = new Div();
    private @Nullable String draft;
    private String draftBuilder = "";

    CompareView(ComparedScenarios resolver, CaseCatalog catalog) {
        this.resolver = resolver;
        this.defaultCase = catalog.defaultCase();
        this.theCase = defaultCase;
        addClassNames("page", "compare-page");
        saved.setId("compare-mine");
        saved.addClassName("compare-mine");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var parameters = event.getLocation().getQueryParameters();
        draft = parameters.getSingleParameter("draft").orElse(null);
        // Whatever slots the address names, the links fill the columns after the draft, in order.
        var inputs = new ArrayList<String>();
        SLOTS.forEach(slot -> parameters.getSingleParameter(slot).filter(value -> !value.isBlank())
                .ifPresent(inputs::add));
        var first = draft == null ? 0 : 1;
        var linked = inputs.subList(0, Math.min(inputs.size(), MOST - first));

        add(new H1("Compare scenarios"));
        add(new Paragraph(draft == null
                ? "Pick two or three scenarios saved in this browser, or paste their view links. Differences come first."
                : "Your draft is column A. Pick one or two scenarios to compare it with. Differences come first."));

        var resolved = new ArrayList<ComparedScenarios.Compared>();
        if (draft != null) {
            var compared = resolver.draft(draft);
            resolved.add(compared);
            draftBuilder = builderAddress(compared.theCase(), draft);
        }
        var pickers = new Div(saved, linkForm(linked, first), new Paragraph("Teaching a class? On your class board, "
                + "select two submissions and choose “Compare the two selected” for the same comparison."));
        saved.removeAll();
        saved.add(new Paragraph("Looking for scenarios saved in this browser…"));
        getElement().executeJs("return localStorage.getItem($0)", SavedInThisBrowser.STORAGE_KEY)
                .then(String.class, this::showSaved, error -> showSaved(null));

        var problems = new ArrayList<String>();
        for (int i = 0; i < linked.size(); i++) {
            var input = linked.get(i);
            var column = ComparisonMarkup.columnName(first + i);
            resolver.saved(input).ifPresentOrElse(resolved::add,
                    () -> problems.add("“" + shorten(input) + "” (" + column + ") is not a link to a saved "
                            + "scenario that can be opened: it may be mistyped, withdrawn or deleted."));
        }
        if (!problems.isEmpty()) {
            var notice = new Div();
            notice.addClassName("address-notice");
            notice.setId("compare-problems");
            notice.getElement().setAttribute("role", "alert");
            problems.forEach(problem -> notice.add(new Paragraph(problem)));
            add(notice);
        }
        if (resolved.size() < 2) {
            // Until there is something to compare it with, the draft's options say what column A will be.
            if (draft != null) {
                add(draftColumn(resolved.getFirst().analysis()));
            }
            add(pickers);
            add(new Paragraph(resolved.isEmpty() ? "Nothing to compare yet." : "Add at least one more scenario to compare."));
            return;
        }
        var mismatch = ComparedScenarios.caseMismatch(resolved);
        if (mismatch.isPresent()) {
            var notice = new Paragraph(mismatch.get());
            notice.addClassName("address-notice");
            notice.setId("compare-case-mismatch");
            notice.getElement().setAttribute("role", "alert");
            add(notice, pickers);
            return;
        }
        theCase = resolved.getFirst().theCase();
        // Once there is a comparison, it comes first; choosing others folds away above it, closed.
        var others = new Details("Compare other scenarios", pickers);
        others.setId("compare-others");
        others.addClassName("compare-others");
        add(others);
        var titles = resolved.stream().map(ComparedScenarios.Compared::title).toList();
        var comparison = ScenarioComparison.of(theCase, resolved.stream().map(ComparedScenarios.Compared::analysis).toList());
        var results = new Div(headers(resolved),
                new H2("Choices"), new Markup(ComparisonMarkup.choices(comparison, titles)),
                new H2("What the stakeholders say"),
                new Paragraph("Each scenario's map: a mark per stakeholder and option; select one for the quotes."),
                new Markup(ComparisonMarkup.maps(theCase, comparison, titles)),
                stakeholders(comparison, titles), summaries(resolved));
        results.setId("compare-results");
        results.addClassName("compare-results");
        add(results);
    }

    /** The draft from the builder as column A: what it chose, so that the reader knows what is compared. */
    private Div draftColumn(ScenarioAnalysis analysis) {
        var column = new Div(new H2("A: Your draft"));
        column.setId("compare-draft");
        column.addClassName("compare-draft");
        if (analysis.isEmpty()) {
            column.add(new Paragraph("No option chosen yet."));
        } else {
            var options = new UnorderedList();
            analysis.chosen().forEach(chosen -> options.add(new ListItem(chosen.label())));
            column.add(options);
        }
        column.add(backToTheBuilder());
        return column;
    }

    /** The builder's own address for the draft (relative to the app's root, which the page's base names). */
    private Anchor backToTheBuilder() {
        return new Anchor(draftBuilder, "Back to the builder with this draft");
    }

    /** The builder's address for a draft: the default case's at the root, any other under cases/{id}, without case=. */
    private String builderAddress(Case draftCase, String query) {
        var choices = query.replaceFirst("^" + ComparedScenarios.CASE_PARAMETER + "=[^&]*&?", "");
        return (draftCase.equals(defaultCase) ? "" : "cases/" + draftCase.id()) + "?" + choices;
    }

    /** The scenarios saved in this browser, as local storage holds them, offered to pick. */
    void showSaved(@Nullable String stored) {
        saved.removeAll();
        var entries = SavedInThisBrowser.parse(stored);
        saved.add(new H2("From My scenarios"));
        if (entries.isEmpty()) {
            saved.add(new Paragraph("No scenario has been saved from this browser yet. Save one from the builder, "
                    + "or paste view links below."));
            return;
        }
        var room = draft == null ? MOST : MOST - 1;
        var needed = draft == null ? 2 : 1;
        var pick = new CheckboxGroup<SavedInThisBrowser.Entry>("Scenarios saved in this browser");
        pick.setId("compare-mine-list");
        pick.setItems(entries);
        pick.setItemLabelGenerator(SavedInThisBrowser.Entry::title);
        pick.setHelperText(needed == room ? "Pick " + needed + "." : "Pick " + needed + " to " + room + ".");
        pick.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        pick.addValueChangeListener(change -> pick.setInvalid(false));
        var compare = new Button("Compare the picked", VaadinIcon.SPLIT_H.create(), click -> {
            // The checkbox group keeps the order of ticking; the list's order (newest first) reads better.
            var picked = entries.stream().filter(pick.getValue()::contains).toList();
            if (picked.size() < needed || picked.size() > room) {
                pick.setErrorMessage("Pick " + (needed == room ? needed : needed + " to " + room) + " scenarios; "
                        + picked.size() + " picked.");
                pick.setInvalid(true);
                return;
            }
            navigate(picked.stream().map(SavedInThisBrowser.Entry::viewToken).toList());
        });
        compare.setId("compare-mine-button");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saved.add(pick, compare);
    }

    private Div linkForm(List<String> linked, int first) {
        var fields = new ArrayList<TextField>();
        var form = new Div();
        form.addClassName("compare-form");
        for (int column = first; column < MOST; column++) {
            var letter = ComparisonMarkup.columnName(column);
            var field = new TextField("Scenario " + letter);
            field.setId("compare-" + letter.toLowerCase(java.util.Locale.ROOT));
            field.setPlaceholder("View link or token");
            field.setMaxLength(300);
            var index = column - first;
            field.setValue(index < linked.size() ? linked.get(index) : "");
            fields.add(field);
            form.add(field);
        }
        var compare = new Button("Compare", VaadinIcon.SPLIT_H.create(), click -> navigate(fields.stream()
                .map(TextField::getValue).filter(value -> !value.isBlank()).map(String::strip).toList()));
        compare.setId("compare-button");
        form.add(compare);
        var section = new Div(new H2("By link"), form);
        section.addClassName("compare-by-link");
        return section;
    }

    private void navigate(List<String> links) {
        var query = new LinkedHashMap<String, List<String>>();
        if (draft != null) {
            query.put("draft", List.of(draft));
        }
        var first = draft == null ? 0 : 1;
        for (int i = 0; i < links.size() && first + i < MOST; i++) {
            query.put(SLOTS.get(first + i), List.of(links.get(i)));
        }
        getUI().ifPresent(ui -> ui.navigate("compare", new QueryParameters(query)));
    }

    private Div headers(List<ComparedScenarios.Compared> shown) {
        var row = new Div();
        row.addClassName("compare-columns");
        for (int i = 0; i < shown.size(); i++) {
            var compared = shown.get(i);
            var header = new Div(new H2(ComparisonMarkup.columnName(i) + ": " + compared.title()));
            compared.link().ifPresentOrElse(link -> {
                // View pages are plain pages served outside Vaadin's router (docs/decisions/0009).
                var open = new Anchor(link, "Open this scenario");
                open.setRouterIgnore(true);
                header.add(open);
            }, () -> header.add(backToTheBuilder()));
            header.addClassName("compare-column-header");
            row.add(header);
        }
        return row;
    }

    /** Per stakeholder, its count of positions in each scenario and what it gains or loses from A's. */
    private Div stakeholders(ScenarioComparison comparison, List<String> titles) {
        var section = new Div(new H2("Stakeholders"), new Paragraph("How many of each scenario's choices each "
                + "stakeholder holds each position on, and which options it supports or offered that A does not "
                + "(gains) or A does (loses)."));
        section.setId("compare-stakeholders");
        var list = new UnorderedList();
        list.addClassName("compare-stakeholder-list");
        for (var row : comparison.stakeholders()) {
            var name = new H3(new StakeholderMark(theCase, row.stakeholder()), new Span(row.stakeholder().name()));
            name.addClassName("compare-stakeholder-name");
            var item = new ListItem(name);
            item.getElement().setAttribute("data-stakeholder", row.stakeholder().id());
            for (int i = 0; i < titles.size(); i++) {
                var analysis = comparison.scenarios().get(i);
                var tally = analysis.tallies().stream()
                        .filter(each -> each.stakeholder().id().equals(row.stakeholder().id())).findFirst().orElseThrow();
                var line = new Paragraph(new Span(ComparisonMarkup.columnName(i) + ": "), new Span(tallyText(tally)));
                line.addClassName("compare-tally");
                item.add(line);
                if (i > 0) {
                    var gained = names(row.gainedIn(i));
                    var lost = names(row.lostIn(i));
                    if (!gained.isEmpty()) {
                        item.add(change("+ " + ComparisonMarkup.columnName(i) + " gains: " + gained, "gains"));
                    }
                    if (!lost.isEmpty()) {
                        item.add(change("− " + ComparisonMarkup.columnName(i) + " loses: " + lost, "loses"));
                    }
                }
            }
            list.add(item);
        }
        section.add(list);
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
            var column = new Div(new H3(ComparisonMarkup.columnName(i) + ": " + shown.get(i).title()),
                    new Markup(CaseMarkup.outcomes(theCase, shown.get(i).analysis())));
            column.addClassName("compare-summary");
            columns.add(column);
        }
        section.add(columns);
        return section;
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
