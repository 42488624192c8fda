package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import org.guaranteelab.catalog.Position.Leaning;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.classroom.ClassBoard;
import org.guaranteelab.classroom.ClassParticipant;
import org.guaranteelab.classroom.ClassSnapshot;
import org.guaranteelab.classroom.ClassSubmission;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.Removal;
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
    /** Participant ids the teacher selected to remove, kept across refreshes. */
    private final Set<Long> selected = new LinkedHashSet<>();
    /** Whether the teacher opened the list of students, kept across refreshes. */
    private boolean studentsOpen;
    private final Runnable refresh;

    /** @param refresh renders the board afresh, e.g. once the teacher opens the list of students */
    BoardSections(Case theCase, BooleanSupplier namesHidden, Runnable refresh) {
        this.theCase = theCase;
        this.namesHidden = namesHidden;
        this.refresh = refresh;
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
                combinations(board), students(snapshot, names, classrooms, token));
        if (snapshot.info().roles() == RoleMode.ROUND_ROBIN && !snapshot.participants().isEmpty()) {
            sections.add(roles(snapshot, names, classrooms, token));
        }
        sections.addClassName("board-sections");
        return sections;
    }

    /**
     * Display names, or "Student 1", "Student 2"… in joining order when the teacher hides them; the
     * kept submissions of removed students are marked as theirs.
     */
    private Map<Long, String> shownNames(ClassSnapshot snapshot) {
        var names = new HashMap<Long, String>();
        var participants = snapshot.participants();
        for (int i = 0; i < participants.size(); i++) {
            names.put(participants.get(i).id(), namesHidden.getAsBoolean() ? "Student " + (i + 1)
                    : participants.get(i).displayName());
        }
        snapshot.submissions().forEach(submission -> names.computeIfAbsent(submission.participantId(), removed ->
                namesHidden.getAsBoolean() ? "A removed student" : submission.displayName() + " (removed)"));
        return names;
    }

    /**
     * Who joined when, and whether they submitted. The teacher removes one student with the row's
     * button, or many at once (a flood of joins) by selecting them.
     */
    private Section students(ClassSnapshot snapshot, Map<Long, String> names, ClassroomService classrooms,
                             String token) {
        var section = section("board-students", "Students: who joined when");
        if (snapshot.participants().isEmpty()) {
            section.add(new Paragraph("Nobody has joined yet."));
            return section;
        }
        var summary = "Show the " + snapshot.participants().size() + plural(snapshot.participants().size(), " student")
                + ", latest first";
        if (!studentsOpen) {
            // Rows only once asked for: a board of 300 refreshes on every submission.
            var closed = new Details(summary);
            closed.setId("students-details");
            closed.addOpenedChangeListener(change -> {
                studentsOpen = change.isOpened();
                refresh.run();
            });
            section.add(closed);
            return section;
        }
        var counts = new HashMap<Long, Integer>();
        snapshot.submissions().forEach(submission -> counts.merge(submission.participantId(), 1, Integer::sum));
        selected.retainAll(snapshot.participants().stream().map(ClassParticipant::id).toList());
        var removeSelected = new Button();
        removeSelected.setId("remove-selected");
        removeSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Runnable showSelection = () -> {
            removeSelected.setText("Remove the " + selected.size() + " selected");
            removeSelected.setEnabled(!selected.isEmpty());
        };
        removeSelected.addClickListener(click -> removeDialog(selected.size() + plural(selected.size(), " student"),
                Set.copyOf(selected), selected.stream().mapToInt(id -> counts.getOrDefault(id, 0)).sum(), classrooms,
                token).open());
        var checkboxes = new HashMap<Long, Checkbox>();
        var body = new NativeTableBody();
        for (var participant : snapshot.participants().reversed()) {
            var name = names.get(participant.id());
            var submitted = counts.getOrDefault(participant.id(), 0);
            var select = new Checkbox(selected.contains(participant.id()));
            select.setAriaLabel("Select " + name);
            select.addValueChangeListener(change -> {
                if (change.getValue()) {
                    selected.add(participant.id());
                } else {
                    selected.remove(participant.id());
                }
                showSelection.run();
            });
            checkboxes.put(participant.id(), select);
            var remove = new Button("Remove", click -> removeDialog(name, Set.of(participant.id()), submitted,
                    classrooms, token).open());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", "Remove " + name + " from the class");
            remove.addClassName("remove-student");
            var row = new NativeTableRow(td(select), td(new Span(name)),
                    td(new Span(BoardView.TIME.format(participant.joinedAt()))),
                    td(new Span(submitted == 0 ? "not yet" : String.valueOf(submitted))), td(remove));
            row.addClassName("student-row");
            row.getElement().setAttribute("data-participant", String.valueOf(participant.id()));
            body.add(row);
        }
        var notSubmitted = new Button("Select those who have not submitted", click -> checkboxes.forEach((id, box) ->
                box.setValue(counts.getOrDefault(id, 0) == 0)));
        notSubmitted.setId("select-not-submitted");
        showSelection.run();
        var table = new NativeTable(new NativeTableHeader(new NativeTableRow(th("Select"), th("Student"),
                th("Joined (UTC)"), th("Submissions"), th("Remove"))), body);
        table.addClassName("students-table");
        var actions = new Div(notSubmitted, removeSelected);
        actions.addClassName("student-actions");
        var details = new Details(summary,
                new Paragraph("A student you remove can no longer submit, and their seat is free again. A flood of "
                        + "joins arrives at the same time: select those rows and remove them at once."),
                actions, new TableScroll("Students", table));
        details.setId("students-details");
        details.setOpened(true);
        details.addOpenedChangeListener(change -> studentsOpen = change.isOpened());
        section.add(details);
        return section;
    }

    /** Asks whether to keep or delete their submissions; {@code who} is a name or "12 students". */
    private Dialog removeDialog(String who, Set<Long> participantIds, int submitted, ClassroomService classrooms,
                                String token) {
        var dialog = new Dialog();
        dialog.setId("remove-dialog");
        dialog.addClassName("board-dialog");
        dialog.setHeaderTitle("Remove " + who + "?");
        var keep = new RadioButtonGroup<Removal>("Their " + submitted + plural(submitted, " submission"));
        keep.setId("removal-choice");
        keep.setItems(Removal.KEEP_SUBMISSIONS, Removal.DELETE_SUBMISSIONS);
        keep.setItemLabelGenerator(removal -> removal == Removal.KEEP_SUBMISSIONS
                ? "Keep them on the board and in the export" : "Delete them");
        keep.setValue(Removal.KEEP_SUBMISSIONS);
        dialog.add(new Paragraph("Their class links stop working and their seats are free again. They can join "
                + "again with the class code, as new students."), keep);
        var confirm = new Button("Remove", click -> {
            classrooms.remove(token, participantIds, keep.getValue());
            selected.removeAll(participantIds);
            dialog.close();
        });
        confirm.setId("confirm-remove");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        return dialog;
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
                th("Options"), th("Why I chose this"), th("Open"), th("Compare"))));
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
            var reason = new Span(submission.reason().isEmpty() ? "—" : submission.reason());
            reason.addClassName("submission-reason");
            row.add(td(new Span(name)), td(new Span(roleName(submission.role()))), td(new Span(when)),
                    td(new Span(String.valueOf(submission.choices().size()))), td(reason), td(open), td(pick));
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
                + "position on the chosen level: ✓ supports or offered, ~ hedged, ✗ opposes or not offered, "
                + "– not stated in the source. Empty: nobody chose it."));
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
                        td.addClassName("heat--" + cell.dominant().name().toLowerCase());
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
        if (cell.count(Leaning.FAVOURABLE) > 0) {
            parts.add("✓" + cell.count(Leaning.FAVOURABLE));
        }
        if (cell.count(Leaning.RESERVED) > 0) {
            parts.add("~" + cell.count(Leaning.RESERVED));
        }
        if (cell.count(Leaning.UNFAVOURABLE) > 0) {
            parts.add("✗" + cell.count(Leaning.UNFAVOURABLE));
        }
        if (cell.count(Leaning.NOT_STATED) > 0) {
            parts.add("–" + cell.count(Leaning.NOT_STATED));
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
        var reason = new Paragraph(new Span("Why I chose this: "), new Span(submission.reason().isEmpty()
                ? "no reason given" : submission.reason()));
        reason.addClassName("submission-reason");
        dialog.add(reason);
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
