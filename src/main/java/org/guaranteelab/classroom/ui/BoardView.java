package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.guaranteelab.base.AppUrls;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.base.ui.QrCodeImage;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.ui.SourceLinks;
import org.guaranteelab.classroom.ClassInfo;
import org.guaranteelab.classroom.ClassState;
import org.guaranteelab.classroom.ClassroomEvents;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.DiscussionPrompts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teacher's board at the private link {@code /t/{token}}: how to join, the class's submissions
 * and what they add up to, updated by server push as students submit.
 */
@Route("t/:token")
@PageTitle("Class board · Guarantee Lab")
class BoardView extends Div implements BeforeEnterObserver, ShowsCase {

    private static final Logger log = LoggerFactory.getLogger(BoardView.class);

    private final ClassroomService classrooms;
    private final ClassroomEvents events;
    private final BoardRefreshes refreshes;
    private Case theCase;
    private @Nullable String shownCaseId;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Div live = new Div();
    private final Span stateBadge = new Span();
    private final Button lock = new Button();
    private final Button close = new Button("Close the class", VaadinIcon.STOP.create());
    private final Checkbox hideNames = new Checkbox("Hide names");
    private BoardSections sections;
    private String token;
    private ClassInfo info;
    private ClassroomEvents.@Nullable Subscription subscription;
    /** Whether names were hidden before present mode hid them, to restore on leaving it. */
    private boolean namesBeforePresenting;

    BoardView(ClassroomService classrooms, ClassroomEvents events, BoardRefreshes refreshes) {
        this.classrooms = classrooms;
        this.events = events;
        this.refreshes = refreshes;
        addClassNames("page", "board-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        var found = classrooms.board(token);
        if (found.isEmpty()) {
            event.rerouteToError(ClassNotFoundException.class);
            return;
        }
        info = found.get();
        theCase = classrooms.caseOf(info);
        shownCaseId = theCase.id();
        var times = new LocalTimes("HH:mm:ss");
        sections = new BoardSections(theCase, hideNames::getValue, times, this::refresh);
        times.ask(UI.getCurrent(), known -> {
            sections.timesChanged();
            refresh();
        });
        add(header(), controls(), new LessonPlan(), prompts(), sections.submissionsPanel(), live);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (info != null && subscription == null) {
            var ui = attachEvent.getUI();
            subscription = events.subscribe(info.id(), () -> queueRefresh(ui));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /**
     * A burst of submissions queues one refresh at a time, not one per submission, and off the thread
     * of the student's request (see {@link BoardRefreshes}). The flag is cleared before the class is
     * re-read, so a change that commits during a refresh queues the next one.
     */
    private void queueRefresh(UI ui) {
        if (refreshQueued.compareAndSet(false, true)) {
            refreshes.later(ui, () -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        var snapshot = classrooms.snapshot(token);
        if (snapshot.isEmpty()) {
            sections.submissionsPanel().setVisible(false);
            live.removeAll();
            var gone = new Paragraph("This class has been deleted.");
            gone.setId("board-deleted");
            live.add(gone);
            return;
        }
        info = snapshot.get().info();
        showState(info);
        live.removeAll();
        live.add(sections.render(snapshot.get(), classrooms, token));
        log.debug("board of class {} shows {} submitted", info.id(), snapshot.get().latest().size());
    }

    private Div header() {
        var joinUrl = AppUrls.absolute("join?code=" + info.joinCode());
        var title = new H1(info.name());
        stateBadge.setId("class-state");
        stateBadge.addClassName("class-state");
        var code = StartClassView.codeSpan(info.joinCode());
        var joinText = new Paragraph(new Span("Join at "), new Span(AppUrls.absolute("join")),
                new Span(" with the code"));
        joinText.addClassName("join-instructions");
        var join = new Div(joinText, code);
        join.addClassName("join-panel");
        var qr = QrCodeImage.of(joinUrl, "QR code of the join address with the class code");
        var header = new Div(new Div(title, stateBadge), new Div(join, qr));
        header.addClassName("board-header");
        info.prompt().ifPresent(prompt -> {
            var shown = new Paragraph("Prompt: " + prompt);
            shown.addClassName("class-prompt");
            header.add(shown);
        });
        return header;
    }

    private Div controls() {
        lock.setId("lock-class");
        lock.addClickListener(click -> {
            if (info.state() == ClassState.LOCKED) {
                classrooms.reopen(token);
            } else {
                classrooms.lock(token);
            }
            refresh();
        });
        close.setId("close-class");
        close.addClickListener(click -> {
            var confirm = new ConfirmDialog("Close the class?", "Students can no longer join or submit, and it cannot "
                    + "be reopened. The board and the export stay available until the class expires.", "Close the class",
                    confirmed -> {
                        classrooms.close(token);
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        var delete = new Button("Delete now", VaadinIcon.TRASH.create(), click -> {
            var confirm = new ConfirmDialog("Delete the class?", "The class, its students' names and every submission "
                    + "are deleted at once, for good.", "Delete", confirmed -> {
                        classrooms.delete(token);
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        delete.setId("delete-class");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var export = new Anchor("t/" + token + "/export.csv", "Export submissions (CSV)");
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);
        export.getElement().setAttribute("router-ignore", true);
        var present = new Button("Present mode", VaadinIcon.DESKTOP.create());
        present.setId("present-mode");
        present.getElement().setAttribute("aria-pressed", "false");
        present.addClickListener(click -> {
            var on = !hasClassName("present");
            setClassName("present", on);
            sections.present(on);
            // A projector shows no sidebar and, unless the teacher unticks it, no names.
            var layout = findAncestor(AppLayout.class);
            if (layout != null) {
                layout.setDrawerOpened(!on);
            }
            if (on) {
                namesBeforePresenting = hideNames.getValue();
                hideNames.setValue(true);
            } else {
                hideNames.setValue(namesBeforePresenting);
            }
            // Two constant scripts, not one chosen at run time: only constant JavaScript is sent (UserTextStaysTextTest).
            if (on) {
                getElement().executeJs("if (!document.fullscreenElement && document.documentElement.requestFullscreen) "
                        + "document.documentElement.requestFullscreen().catch(() => {})");
            } else {
                getElement().executeJs("if (document.fullscreenElement) document.exitFullscreen().catch(() => {})");
            }
            present.setText(on ? "Leave present mode" : "Present mode");
            present.getElement().setAttribute("aria-pressed", String.valueOf(on));
        });
        hideNames.setId("hide-names");
        hideNames.addValueChangeListener(change -> refresh());
        var controls = new Div(present, hideNames, lock, close, export, printables(), delete);
        controls.addClassName("board-controls");
        return controls;
    }

    /** The worksheet (this class's code and QR code) and the guide, as plain pages to print. */
    private Div printables() {
        var worksheet = new Anchor(Printables.worksheetPath(token), "Print the student worksheet");
        worksheet.setId("print-worksheet");
        var guide = new Anchor(Printables.GUIDE_PATH, "Print the teacher guide");
        guide.setId("print-guide");
        for (var link : List.of(worksheet, guide)) {
            // Plain pages the server writes, not Vaadin routes.
            link.getElement().setAttribute("router-ignore", true);
        }
        var links = new Div(worksheet, guide);
        links.addClassName("board-printables");
        return links;
    }

    private Details prompts() {
        var list = new UnorderedList();
        for (var prompt : DiscussionPrompts.of(theCase)) {
            var item = new ListItem(new Span("“" + prompt.question() + "” "));
            prompt.passageId().ifPresent(passage -> item.add(new Anchor(SourceLinks.passage(theCase, passage),
                    "in the source, ¶" + theCase.passageNumber(passage))));
            prompt.sourceNotes().forEach(note -> {
                var flag = new Span(" Note: " + note);
                flag.addClassName("source-issue");
                item.add(flag);
            });
            list.add(item);
        }
        var details = new Details("The article's own questions", new Div(
                new Paragraph("Questions the article asks in its Q&A, verbatim (ours, drawn from this class's "
                        + "submissions, are under “Discussion prompts”):"), list));
        details.addClassName("board-prompts");
        return details;
    }

    private void showState(ClassInfo current) {
        var text = current.expired() ? "Expired" : switch (current.state()) {
            case OPEN -> "Open: students can join and submit";
            case LOCKED -> "Locked: no joining or submitting";
            case CLOSED -> "Closed";
        };
        stateBadge.setText(text);
        stateBadge.getElement().setAttribute("data-state", current.expired() ? "expired"
                : current.state().name().toLowerCase());
        lock.setText(current.state() == ClassState.LOCKED ? "Reopen submissions" : "Lock submissions");
        lock.setIcon(current.state() == ClassState.LOCKED ? VaadinIcon.UNLOCK.create() : VaadinIcon.LOCK.create());
        lock.setEnabled(current.state() != ClassState.CLOSED && !current.expired());
        close.setEnabled(current.state() != ClassState.CLOSED);
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
