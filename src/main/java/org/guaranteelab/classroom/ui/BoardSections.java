package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.classroom.ClassBoard;
import org.guaranteelab.catalog.ui.SourceLinks;
import org.guaranteelab.classroom.ClassParticipant;
import org.guaranteelab.classroom.ClassPrompts;
import org.guaranteelab.classroom.ClassSnapshot;
import org.guaranteelab.classroom.ClassSubmission;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.Removal;
import org.guaranteelab.classroom.RoleMode;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioComparison;
import org.guaranteelab.scenario.ui.ComparisonMarkup;
import org.guaranteelab.scenario.ui.ScenarioSummary;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.catalog.ui.PositionBadge;
import org.guaranteelab.catalog.ui.StakeholderMark;
import org.guaranteelab.catalog.ui.StanceMarkup;
import org.guaranteelab.base.ui.TableScroll;

/**
 * The parts of the board that change as students join and submit. The list of submissions is one
 * {@link Grid} kept across refreshes, so that a refresh sends only the rows in view and no component
 * per row; the other sections are rendered afresh from a snapshot.
 */
class BoardSections {

    /** A row of the submissions grid: a student's latest submission, under the name the board shows. */
    private record SubmissionRow(ClassSubmission submission, String name, int earlier) {
    }

    private static final int ALL_ROWS_UP_TO = 12;

    private final Case theCase;
    private final LocalTimes times;
    private final BooleanSupplier namesHidden;
    /** Participant ids the teacher selected to remove, kept across refreshes. */
    private final Set<Long> selected = new LinkedHashSet<>();
    /** Whether the teacher opened the list of students, kept across refreshes. */
    private boolean studentsOpen;
    private final Runnable refresh;
    private final Paragraph status = new Paragraph();
    private final List<SubmissionRow> rows = new ArrayList<>();
    private final Grid<SubmissionRow> grid = new Grid<>();
    private final Paragraph noSubmissions = new Paragraph("No submissions yet. They appear here as students submit.");
    private final Paragraph notSubmitted = new Paragraph();
    private final Button compare = new Button("Compare the two selected");
    private final Div panel;

    /** @param refresh renders the board afresh, e.g. once the teacher opens the list of students */
    BoardSections(Case theCase, BooleanSupplier namesHidden, LocalTimes times, Runnable refresh) {
        this.theCase = theCase;
        this.times = times;
        this.namesHidden = namesHidden;
        this.refresh = refresh;
        status.setId("board-status");
        status.addClassName("board-status");
        status.getElement().setAttribute("role", "status");
        notSubmitted.setId("not-submitted");
        compare.setId("compare-picked");
        compare.setEnabled(false);
        compare.addClickListener(click -> compareDialog().open());
        var submissions = section("board-submissions", "Submissions");
        submissions.add(new Paragraph("Each student's latest submission, newest first. “Choices” shows what they "
                + "chose and why; select two to compare them."), noSubmissions, submissionsGrid(), compare,
                notSubmitted);
        panel = new Div(status, submissions);
        panel.addClassName("board-sections");
    }

    /**
     * For the projector: no buttons to open or select submissions (the teacher does that on their own
     * screen), which also clears a selection.
     */
    void present(boolean on) {
        grid.getColumnByKey("open").setVisible(!on);
        if (on) {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        } else {
            selectToCompare();
        }
        compare.setEnabled(false);
    }

    /** A new selection model each time: Grid's selection listeners belong to the model they were added to. */
    private void selectToCompare() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(change -> compare.setEnabled(change.getAllSelectedItems().size() == 2));
    }

    /** The viewer's time zone is known: the rows show their times again. */
    void timesChanged() {
        grid.getDataProvider().refreshAll();
    }

    /** The status line and the submissions, which stay on the page across refreshes. */
    Div submissionsPanel() {
        return panel;
    }

    /** Updates the submissions in place and renders the other sections afresh. */
    Div render(ClassSnapshot snapshot, ClassroomService classrooms, String token) {
        var latest = snapshot.latest();
        var board = ClassBoard.of(theCase, latest);
        var names = shownNames(snapshot);
        status.setText(snapshot.participants().size() + plural(snapshot.participants().size(), " student")
                + " joined · " + latest.size() + " submitted · " + snapshot.submissions().size()
                + plural(snapshot.submissions().size(), " submission") + " in all");
        showSubmissions(latest, snapshot, names);
        var sections = new Div(ourPrompts(latest), options(board), heatMap(board), combinations(board),
                students(snapshot, names, classrooms, token));
        if (snapshot.info().roles().assignsRoles() && !snapshot.participants().isEmpty()) {
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
                    td(new Span(times.format(participant.joinedAt()))),
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
                th("Joined"), th("Submissions"), th("Remove"))), body);
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

    private Grid<SubmissionRow> submissionsGrid() {
        grid.setId("submissions-grid");
        grid.addClassName("submissions-grid");
        grid.setAriaLabel("Submissions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // Kept by participant, so that a selection and an open row survive a student's resubmission.
        grid.setItems(new ListDataProvider<>(rows) {
            @Override
            public Object getId(SubmissionRow row) {
                return row.submission().participantId();
            }
        });
        grid.addColumn(SubmissionRow::name).setHeader("Student").setKey("student").setFlexGrow(1);
        grid.addColumn(row -> roleName(row.submission().role())).setHeader("Role").setKey("role").setFlexGrow(1);
        grid.addColumn(row -> times.format(row.submission().submittedAt()) + " (no. "
                        + row.submission().number() + ")" + (row.earlier() > 0 ? ", " + row.earlier() + " earlier" : ""))
                .setHeader("Submitted").setKey("submitted").setFlexGrow(1);
        grid.addColumn(row -> row.submission().choices().size()).setHeader("Options").setKey("options")
                .setFlexGrow(0).setWidth("6rem");
        grid.addColumn(row -> row.submission().reason().isEmpty() ? "—" : row.submission().reason())
                .setHeader("Why I chose this").setKey("reason").setFlexGrow(3);
        // A button, not a row click, so that the choices open from the keyboard too.
        grid.addColumn(LitRenderer.<SubmissionRow>of("<vaadin-button theme=\"small\" aria-label=\"${item.label}\" "
                                + "aria-expanded=\"${item.open}\" @click=\"${toggle}\">Choices</vaadin-button>")
                        .withProperty("label", row -> "Choices of " + row.name())
                        .withProperty("open", row -> String.valueOf(grid.isDetailsVisible(row)))
                        .withFunction("toggle", row -> {
                            grid.setDetailsVisible(row, !grid.isDetailsVisible(row));
                            grid.getDataProvider().refreshItem(row);
                        }))
                .setHeader("Open").setKey("open").setFlexGrow(0).setWidth("7rem");
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::choicesOf));
        selectToCompare();
        return grid;
    }

    /** The teacher's view of one student's choices: each option with its level, and their reason. */
    private Div choicesOf(SubmissionRow row) {
        var chosen = new UnorderedList();
        ScenarioAnalysis.of(theCase, row.submission().choices()).chosen()
                .forEach(option -> chosen.add(new ListItem(option.label())));
        var reason = new Paragraph(new Span("Why I chose this: "), new Span(row.submission().reason().isEmpty()
                ? "no reason given" : row.submission().reason()));
        reason.addClassName("submission-reason");
        var summary = new Button("What the stakeholders say", click -> summaryDialog(row.name(), row.submission())
                .open());
        summary.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var details = new Div(reason, row.submission().choices().isEmpty() ? new Paragraph("Nothing chosen.")
                : chosen, summary);
        details.addClassName("submission-choices");
        details.getElement().setAttribute("data-participant", String.valueOf(row.submission().participantId()));
        return details;
    }

    private void showSubmissions(List<ClassSubmission> latest, ClassSnapshot snapshot, Map<Long, String> names) {
        var earlier = new HashMap<Long, Integer>();
        snapshot.submissions().stream().filter(submission -> !submission.latest())
                .forEach(submission -> earlier.merge(submission.participantId(), 1, Integer::sum));
        var current = latest.reversed().stream()
                .map(submission -> new SubmissionRow(submission, names.get(submission.participantId()),
                        earlier.getOrDefault(submission.participantId(), 0)))
                .toList();
        // Only a change reaches the browser, and then only the rows in view.
        if (!current.equals(rows)) {
            rows.clear();
            rows.addAll(current);
            var present = current.stream().map(row -> row.submission().participantId()).toList();
            grid.getSelectedItems().stream()
                    .filter(row -> !present.contains(row.submission().participantId()))
                    .forEach(grid::deselect);
            grid.getDataProvider().refreshAll();
        }
        // A short list at full height; a long one scrolls inside the grid, which renders only the rows in view.
        grid.setAllRowsVisible(latest.size() <= ALL_ROWS_UP_TO);
        grid.setVisible(!latest.isEmpty());
        compare.setVisible(!latest.isEmpty());
        noSubmissions.setVisible(latest.isEmpty());
        var submitted = latest.stream().map(ClassSubmission::participantId).collect(Collectors.toSet());
        var waiting = snapshot.participants().stream().filter(participant -> !submitted.contains(participant.id()))
                .map(participant -> names.get(participant.id())).toList();
        notSubmitted.setText(snapshot.participants().isEmpty() ? "" : waiting.isEmpty()
                ? "Everyone who joined has submitted."
                : "Joined but not submitted yet (" + waiting.size() + "): " + String.join(", ", waiting));
    }

    /** Prompts we draw from this class's submissions, labelled as ours, each linking the quotes it rests on. */
    private Section ourPrompts(List<ClassSubmission> latest) {
        var section = section("board-our-prompts", "Discussion prompts");
        section.add(new Paragraph("Written by Guarantee Lab from this class's submissions, not by the article."));
        var prompts = ClassPrompts.of(theCase, latest);
        if (prompts.isEmpty()) {
            section.add(new Paragraph("They appear once two students have submitted."));
            return section;
        }
        var list = new UnorderedList();
        for (var prompt : prompts) {
            var kind = new Span(prompt.kind() + ": ");
            kind.addClassName("prompt-kind");
            var item = new ListItem(kind, new Span(prompt.question() + " "));
            for (int i = 0; i < prompt.passageIds().size(); i++) {
                var link = new Anchor(SourceLinks.passage(theCase, prompt.passageIds().get(i)),
                        prompt.passageIds().size() == 1 ? "the quote" : "quote " + (i + 1));
                link.addClassName("prompt-source");
                item.add(link, new Span(" "));
            }
            list.add(item);
        }
        section.add(list);
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
        // The positions as the builder draws them (icon and word), not symbols of the board's own.
        var legend = StanceMarkup.newDocument().appendElement("p").addClass("heat-legend");
        legend.appendText("Each cell counts the submissions that chose the option, by the stakeholder's stated "
                + "position on the chosen level: ");
        for (var position : Position.values()) {
            legend.appendChild(StanceMarkup.position(position));
            legend.appendText(position.ordinal() < Position.values().length - 1 ? ", " : ". ");
        }
        legend.appendText("Empty: nobody chose it.");
        section.add(new Markup(legend));
        var chosenOptions = board.options().stream().filter(option -> option.count() > 0)
                .map(ClassBoard.OptionCount::option).toList();
        if (chosenOptions.isEmpty()) {
            return section;
        }
        var header = new NativeTableRow(th("Stakeholder"));
        chosenOptions.forEach(option -> header.add(th(option.name())));
        var body = new NativeTableBody();
        for (var row : board.heatMap()) {
            var tableRow = new NativeTableRow(new NativeTableHeaderCell(new StakeholderMark(theCase, row.stakeholder()),
                    new Span(" " + row.stakeholder().name())));
            tableRow.getChildren().findFirst().ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
            for (var cell : row.cells()) {
                if (chosenOptions.contains(cell.option())) {
                    var td = new NativeTableCell(new Markup(heatCounts(cell)));
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

    /** Each stated count as the position's icon and the count; the word is there for screen readers. */
    private static org.jsoup.nodes.Element heatCounts(ClassBoard.HeatCell cell) {
        var counts = StanceMarkup.newDocument().appendElement("span").addClass("heat-counts");
        for (var position : Position.values()) {
            if (cell.count(position) > 0) {
                var count = counts.appendElement("span").addClass("heat-count");
                count.appendElement("vaadin-icon").attr("icon", PositionBadge.iconName(position))
                        .addClass("position--" + position.code()).attr("aria-hidden", "true");
                count.appendElement("span").addClass("sr-only").text(position.label() + ": ");
                count.appendText(Integer.toString(cell.count(position)));
            }
        }
        return counts;
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
        section.add(new Paragraph((snapshot.info().roles() == RoleMode.ROUND_ROBIN_ALL
                ? "Each student was given the next stakeholder as they joined, silent ones included; "
                : "Each student was given the next stakeholder the source states a position for; ")
                + "change a role here. Students see their new role card when they reload their page."));
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
    private Dialog compareDialog() {
        var ids = grid.getSelectedItems().stream().map(row -> row.submission().participantId()).toList();
        var picked = rows.stream().filter(row -> ids.contains(row.submission().participantId())).toList();
        var chosen = picked.stream().map(SubmissionRow::submission).toList();
        var dialog = new Dialog();
        dialog.setId("compare-dialog");
        dialog.addClassName("board-dialog");
        var a = picked.get(0).name();
        var b = picked.get(1).name();
        dialog.setHeaderTitle("Compare " + a + " and " + b);
        var comparison = ScenarioComparison.of(theCase, chosen.stream()
                .map(submission -> ScenarioAnalysis.of(theCase, submission.choices())).toList());
        // The Compare page's own renderer: the same choices table and stakeholder maps.
        var names = List.of(a, b);
        dialog.add(new Markup(ComparisonMarkup.choices(comparison, names)),
                new Markup(ComparisonMarkup.maps(theCase, comparison, names)));
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
