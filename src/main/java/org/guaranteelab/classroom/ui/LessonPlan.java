package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.util.List;

/**
 * A 45-minute lesson the teacher can follow from the board: the learning goal, four phases with
 * suggested minutes, and a timer the teacher starts for a phase, which the projector shows (present
 * mode keeps the goal and the timer, not the buttons).
 */
class LessonPlan extends Section {

    static final String GOAL = "Weigh a security guarantee against what each party has actually said, and defend "
            + "a choice with the source's own words.";

    record Phase(String name, Duration suggested, String what) {
    }

    static final List<Phase> PHASES = List.of(
            new Phase("Explore the source", Duration.ofMinutes(8), "Students read the stakeholders' quoted "
                    + "positions; each notes one that surprised them."),
            new Phase("Build alone or in roles", Duration.ofMinutes(12), "Each student builds a scenario and "
                    + "submits it with a reason."),
            new Phase("Compare and debate", Duration.ofMinutes(15), "Open two contrasting submissions and use the "
                    + "prompts below."),
            new Phase("Vote or conclude", Duration.ofMinutes(10), "Agree on the guarantee the class would propose, "
                    + "or vote; note what stays unmet."));

    private final Span phase = new Span();
    private final Span countdown = new Span();
    private final Div timer = new Div(phase, countdown);

    LessonPlan() {
        setId("lesson-plan");
        addClassName("lesson-plan");
        var goal = new Paragraph(new Span("Learning goal: "), new Span(GOAL));
        goal.setId("lesson-goal");
        goal.addClassName("lesson-goal");
        phase.setId("lesson-phase");
        countdown.setId("lesson-timer");
        // Read out when a phase starts, not every second.
        countdown.getElement().setAttribute("role", "timer");
        timer.addClassName("lesson-timer");
        // Shown once the teacher starts a phase: the projector shows nothing about a timer before.
        timer.setVisible(false);
        var phases = new OrderedList();
        for (var each : PHASES) {
            var start = new Button("Start", VaadinIcon.TIMER.create(), click -> start(each));
            start.addThemeVariants(ButtonVariant.LUMO_SMALL);
            start.getElement().setAttribute("aria-label", "Start the timer for “" + each.name() + "”");
            start.addClassName("lesson-start");
            var item = new ListItem(new Span(each.name() + " — " + each.suggested().toMinutes() + " min. "),
                    new Span(each.what() + " "), start);
            item.addClassName("lesson-phase-item");
            phases.add(item);
        }
        add(new H2("Lesson plan: 45 minutes"), goal, timer, phases);
    }

    /**
     * Counts down in the browser (no round trip a second); the browser's clock sets the end, so a
     * projector whose clock is off still shows the full phase.
     */
    private void start(Phase started) {
        phase.setText(started.name() + ": ");
        timer.setVisible(true);
        countdown.getElement().executeJs("""
                const el = this;
                clearInterval(el.__lessonTimer);
                const end = Date.now() + $0 * 1000;
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = left === 0 ? 'time is up'
                      : Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') + ' left';
                  if (left === 0) clearInterval(el.__lessonTimer);
                };
                tick();
                el.__lessonTimer = setInterval(tick, 1000);
                """, started.suggested().toSeconds());
        // The text is the browser's alone (the script writes it); the server keeps what it started.
        countdown.getElement().setAttribute("data-seconds", String.valueOf(started.suggested().toSeconds()));
    }
}
