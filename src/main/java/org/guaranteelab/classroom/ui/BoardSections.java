package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.classroom.ClassBoard;
import org.guaranteelab.classroom.ClassSnapshot;
import org.guaranteelab.classroom.ClassSubmission;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.RoleMode;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioComparison;
import org.guaranteelab.scenario.ui.ScenarioSummary;
import org.guaranteelab.scenario.ui.TableScroll;

/**
 * The parts of the board that change as students join and submit, rendered afresh from a snapshot.
 * Remembers which students the teacher picked to compare across refreshes.
 */
class BoardSections {

    private final Case theCase;
    private final BooleanSupplier namesHidden;
    /** Participant ids picked for comparison, in the order picked. */
    private final Set<Long> picked = new LinkedHashSet<>();

    BoardSections(Case theCase, BooleanSupplier namesHidden) {
        this.theCase = theCase;
        this.namesHidden = namesHidden;
    }

    Div render(ClassSnapshot snapshot, ClassroomService classrooms, String token) {
        var latest = snapshot.latest();
        var board = ClassBoard.of(theCase, latest);
        var names = shownNames(snapshot);
        var status = new Paragraph(snapshot.participants().size() + plural(snapshot.participants().size(), " student")
                + " joined · " + latest.size() + " submitted · " + snapshot.submissions().size()
                + plural(snapshot.submissions().size(), " submission") + " in all");
        status.setId("board-status");
        status.addClassName("board-status");
        status.getElement().setAttribute("role", "status");
        var sections = new Div(status, submissions(latest, snapshot, names), options(board), heatMap(board),
                combinations(board));
        if (snapshot.info().roles() == RoleMode.ROUND_ROBIN && !snapshot.participants().isEmpty()) {
            sections.add(roles(snapshot, names, classrooms, token));
        }
        sections.addClassName("board-sections");
        return sections;
    }

    /** Display names, or "Student 1", "Student 2"… in joining order when the teacher hides them. */
    private Map<Long, String> shownNames(ClassSnapshot snapshot) {
        var names = new HashMap<Long, String>();
        var participants = snapshot.participants();
        for (int i = 0; i < participants.size(); i++) {
            names.put(participants.get(i).id(), namesHidden.getAsBoolean() ? "Student " + (i + 1)
                    : participants.get(i).displayName());
        }
        return names;
    }

    private Section submissions(List<ClassSubmission> latest, ClassSnapshot snapshot, Map<Long, String> names) {
        var section = section("board-submissions", "Submissions");
        if (latest.isEmpty()) {
            section.add(new Paragraph("No submissions yet. They appear here as students submit."));
            return section;
        }
        picked.retainAll(latest.stream().map(ClassSubmission::participantId).toList());
        var earlier = new HashMap<Long, Integer>();
        snapshot.submissions().stream().filter(submission -> !submission.latest())
                .forEach(submission -> earlier.merge(submission.participantId(), 1, Integer::sum));
        var compare = new Button("Compare the two picked", click -> compareDialog(latest, names).open());
        compare.setId("compare-picked");
        compare.setEnabled(picked.size() == 2);
        var table = new NativeTable();
        table.addClassName("submissions-table");
        table.add(new NativeTableHeader(new NativeTableRow(th("Student"), th("Role"), th("Submitted (UTC)"),
                th("Options"), th("Open"), th("Compare"))));
        var body = new NativeTableBody();
        for (var submission : latest.reversed()) {
            var name = names.get(submission.participantId());
            var row = new NativeTableRow();
            row.addClassName("submission-row");
            row.getElement().setAttribute("data-participant", String.valueOf(submission.participantId()));
            var when = BoardView.TIME.format(submission.submittedAt()) + " (no. " + submission.number() + ")"
                    + Optional.ofNullable(earlier.get(submission.participantId()))
                    .map(count -> ", " + count + " earlier").orElse("");
            var open = new Button("Open", click -> summaryDialog(name, submission).open());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("aria-label", "Open the scenario of " + name);
            var pick = new Checkbox(picked.contains(submission.participantId()));
            pick.setAriaLabel("Pick " + name + " to compare");
            pick.addValueChangeListener(change -> {
                if (change.getValue()) {
                    picked.add(submission.participantId());
                } else {
                    picked.remove(submission.participantId());
                }
                compare.setEnabled(picked.size() == 2);
            });
            row.add(td(new Span(name)), td(new Span(roleName(submission.role()))), td(new Span(when)),
                    td(new Span(String.valueOf(submission.choices().size()))), td(open), td(pick));
            row.getChildren().findFirst().ifPresent(cell -> cell.addClassName("student-name"));
            body.add(row);
        }
        table.add(body);
        section.add(new TableScroll("Submissions", table), compare);
        return section;
    }

    private Section options(ClassBoard board) {
        var section = section("board-options", "How often each option was chosen");
        var list = new Div();
        list.addClassName("option-bars");
        for (var option : board.options()) {
            list.add(bar(option.option().name(), option.count(), board.submitted(), "option-" + option.option().id()));
            for (var level : option.levels()) {
                var levelBar = bar(level.level().name(), level.count(), board.submitted(), null);
                levelBar.addClassName("level-bar");
                list.add(levelBar);
            }
        }
        section.add(list);
        return section;
    }

    private static Div bar(String label, int count, int of, String id) {
        var name = new Span(label);
        name.addClassName("bar-label");
        var fill = new Div();
        fill.addClassName("bar-fill");
        fill.getStyle().set("width", of == 0 ? "0" : (100 * count / of) + "%");
        var track = new Div(fill);
        track.addClassName("bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        var number = new Span(count + " of " + of);
        number.addClassName("bar-count");
        var row = new Div(name, track, number);
        row.addClassName("bar-row");
        if (id != null) {
            row.setId(id);
        }
        return row;
    }

    private Section heatMap(ClassBoard board) {
        var section = section("board-heat-map", "How the class's scenarios fare with each stakeholder");
        section.add(new Paragraph("Each cell counts the submissions that chose the option, by the stakeholder's stated "
                + "position on the chosen level: " + java.util.Arrays.stream(Position.values())
                        .map(position -> position.symbol() + " " + position.label())
                        .collect(java.util.stream.Collectors.joining(", "))
                + ". Empty: nobody chose it."));
        var chosenOptions = board.options().stream().filter(option -> option.count() > 0)
                .map(ClassBoard.OptionCount::option).toList();
        if (chosenOptions.isEmpty()) {
            return section;
        }
        var header = new NativeTableRow(th("Stakeholder"));
        chosenOptions.forEach(option -> header.add(th(option.name())));
        var body = new NativeTableBody();
        for (var row : board.heatMap()) {
            var tableRow = new NativeTableRow(new NativeTableHeaderCell(row.stakeholder().name()));
            tableRow.getChildren().findFirst().ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
            for (var cell : row.cells()) {
                if (chosenOptions.contains(cell.option())) {
                    var td = new NativeTableCell(heatText(cell));
                    if (cell.total() > 0) {
                        td.addClassName("heat--" + cell.dominant().code());
                    }
                    tableRow.add(td);
                }
            }
            body.add(tableRow);
        }
        var table = new NativeTable(new NativeTableHeader(header), body);
        table.addClassName("heat-map");
        section.add(new TableScroll("Stakeholders by option", table));
        return section;
    }

    private static String heatText(ClassBoard.HeatCell cell) {
        var parts = new ArrayList<String>();
        for (var position : Position.values()) {
            if (cell.count(position) > 0) {
                parts.add(position.symbol() + cell.count(position));
            }
        }
        return String.join(" ", parts);
    }

    private Section combinations(ClassBoard board) {
        var section = section("board-combinations", "Most common combinations");
        var list = new OrderedList();
        for (var combination : board.combinations()) {
            var text = combination.count() + plural(combination.count(), " student") + ": "
                    + (combination.labels().isEmpty() ? "nothing chosen" : String.join("; ", combination.labels()));
            list.add(new ListItem(text));
        }
        if (board.combinations().isEmpty()) {
            section.add(new Paragraph("None yet."));
        } else {
            section.add(list);
        }
        return section;
    }

    private Section roles(ClassSnapshot snapshot, Map<Long, String> names, ClassroomService classrooms, String token) {
        var section = section("board-roles", "Roles");
        section.add(new Paragraph("Each student was given the next stakeholder as they joined; change a role here. "
                + "Students see their new role card when they reload their page."));
        var list = new Div();
        list.addClassName("role-list");
        for (var participant : snapshot.participants()) {
            var select = new Select<Optional<Stakeholder>>();
            select.setLabel(names.get(participant.id()));
            var choices = new ArrayList<Optional<Stakeholder>>();
            choices.add(Optional.empty());
            theCase.stakeholders().forEach(stakeholder -> choices.add(Optional.of(stakeholder)));
            select.setItems(choices);
            select.setItemLabelGenerator(choice -> choice.map(Stakeholder::name).orElse("No role"));
            select.setValue(participant.role().flatMap(theCase::stakeholder));
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    classrooms.assignRole(token, participant.id(), change.getValue().map(Stakeholder::id));
                }
            });
            list.add(select);
        }
        section.add(list);
        return section;
    }

    private Dialog summaryDialog(String name, ClassSubmission submission) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(name + ": submission " + submission.number());
        dialog.add(new ScenarioSummary(theCase, ScenarioAnalysis.of(theCase, submission.choices())));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.addClassName("board-dialog");
        return dialog;
    }

    /** The same comparison as the Compare page, for two submissions that need not be saved anywhere else. */
    private Dialog compareDialog(List<ClassSubmission> latest, Map<Long, String> names) {
        var chosen = picked.stream()
                .flatMap(id -> latest.stream().filter(submission -> submission.participantId() == id))
                .toList();
        var dialog = new Dialog();
        dialog.setId("compare-dialog");
        dialog.addClassName("board-dialog");
        var a = names.get(chosen.get(0).participantId());
        var b = names.get(chosen.get(1).participantId());
        dialog.setHeaderTitle("Compare " + a + " and " + b);
        var comparison = ScenarioComparison.of(theCase, chosen.stream()
                .map(submission -> ScenarioAnalysis.of(theCase, submission.choices())).toList());
        var header = new NativeTableRow(th("Option"), th(a), th(b), th("Same?"));
        var body = new NativeTableBody();
        for (var row : comparison.differencesFirst()) {
            var tableRow = new NativeTableRow(td(new Span(row.option().name())),
                    td(new Span(row.choices().get(0).orElse("—"))), td(new Span(row.choices().get(1).orElse("—"))),
                    td(new Span(row.differs() ? "≠ differs" : "same")));
            if (row.differs()) {
                tableRow.addClassName("differs");
            }
            body.add(tableRow);
        }
        var table = new NativeTable(new NativeTableHeader(header), body);
        table.addClassName("compare-table");
        dialog.add(comparison.identical() ? new Paragraph("They made exactly the same choices.")
                : new Paragraph("Differences first."), new TableScroll("Choices compared", table));
        var stakeholders = new OrderedList();
        for (var row : comparison.stakeholders()) {
            stakeholders.add(new ListItem(row.stakeholder().name() + ": supports or offered " + row.favoured().get(0).size()
                    + " of " + a + "'s options, " + row.favoured().get(1).size() + " of " + b + "'s"));
        }
        dialog.add(new Paragraph("Stakeholders' stated support:"), stakeholders);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        return dialog;
    }

    private String roleName(Optional<String> role) {
        return role.flatMap(theCase::stakeholder).map(Stakeholder::name).orElse("—");
    }

    private static Section section(String id, String title) {
        var section = new Section(new H2(title));
        section.setId(id);
        section.addClassName("board-section");
        return section;
    }

    private static NativeTableHeaderCell th(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableCell td(Component content) {
        return new NativeTableCell(content);
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
