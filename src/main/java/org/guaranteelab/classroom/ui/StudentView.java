package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.classroom.ClassSubmission;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.Membership;
import org.guaranteelab.classroom.Reasons;
import org.guaranteelab.classroom.RoleCard;
import org.guaranteelab.classroom.SubmitOutcome;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ui.ScenarioAddressBar;
import org.guaranteelab.scenario.ui.ScenarioBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A student's builder in a class. The address holds the participant token and the scenario, so a
 * reload (or a reconnect) returns the student to their class with every choice; with no scenario in
 * the address, their latest submission is restored.
 */
@Route("c/:token")
@PageTitle("Your class · Guarantee Lab")
class StudentView extends Div implements BeforeEnterObserver, ShowsCase {

    private static final String AGAIN = "you can change your choices and submit again.";

    private final ClassroomService classrooms;
    private Case theCase;
    private @Nullable String shownCaseId;
    private final LocalTimes times = new LocalTimes("HH:mm");
    /** Whether the student pressed Submit on this page: then the status holds its answer. */
    private boolean answered;

    StudentView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassNames("page", "student-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        answered = false;
        var token = event.getRouteParameters().get("token").orElse("");
        var membership = classrooms.membership(token);
        if (membership.isEmpty()) {
            event.rerouteToError(ClassNotFoundException.class);
            return;
        }
        show(token, membership.get(), event);
    }

    private void show(String token, Membership membership, BeforeEnterEvent event) {
        var info = membership.classInfo();
        theCase = classrooms.caseOf(info);
        shownCaseId = theCase.id();
        add(new H1(info.name()));
        var banner = new Div();
        banner.setId("class-banner");
        banner.addClassName("class-banner");
        banner.add(new Paragraph(new Span("You are "), bold(membership.displayName()), new Span(" in this class. "
                + "Build your scenario below and press “Submit to class”; you may change it and submit again.")));
        info.prompt().ifPresent(prompt -> {
            var question = new Paragraph("Your teacher asks: " + prompt);
            question.setId("class-prompt-shown");
            question.addClassName("class-prompt");
            banner.add(question);
        });
        add(banner);
        membership.role().flatMap(role -> RoleCard.of(theCase, role)).ifPresent(card -> add(new RoleCardPanel(theCase, card)));

        var builder = new ScenarioBuilder(theCase);
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.isEmpty() && membership.latest().isPresent()) {
            builder.setChoices(membership.latest().get().choices());
        } else {
            var decoded = ScenarioAddress.decode(theCase, parameters);
            builder.setChoices(decoded.choices());
            builder.showIgnored(decoded.ignored());
        }
        var status = new Paragraph();
        status.setId("submit-status");
        status.addClassName("submit-status");
        status.getElement().setAttribute("role", "status");
        Runnable showLatest = () -> membership.latest().ifPresent(latest -> status.setText("Your submission "
                + latest.number() + ", sent at " + times.format(latest.submittedAt()) + ", is on the board; " + AGAIN));
        showLatest.run();
        times.ask(UI.getCurrent(), known -> {
            if (!answered) {
                showLatest.run();
            }
        });
        var reason = new TextArea("Why I chose this (optional)");
        reason.setId("submit-reason");
        reason.addClassName("submit-reason");
        reason.setMaxLength(ClassSubmission.REASON_LENGTH);
        reason.setHelperText("Your teacher sees it with your choices; up to " + ClassSubmission.REASON_LENGTH
                + " characters.");
        membership.latest().ifPresent(latest -> reason.setValue(latest.reason()));
        var submit = new Button("Submit to class", VaadinIcon.UPLOAD.create());
        submit.setId("submit-to-class");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // No second click while the first is on its way; the server ignores identical resubmissions anyway.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            // Checked here too, to say which character is hidden and where; the service refuses it anyway.
            var problem = Reasons.problem(Reasons.clean(reason.getValue()));
            reason.setErrorMessage(problem.orElse(null));
            reason.setInvalid(problem.isPresent());
            if (problem.isPresent()) {
                status.setText("Not submitted. " + problem.get());
                status.getElement().getClassList().set("refused", true);
                submit.setEnabled(true);
                return;
            }
            answered = true;
            var outcome = classrooms.submit(token, builder.getChoices(), reason.getValue());
            switch (outcome) {
                case SubmitOutcome.Submitted submitted -> {
                    status.setText(submitted.unchanged()
                            ? "No changes since your submission " + submitted.number() + " at "
                            + times.format(submitted.submittedAt()) + "; it is on the board."
                            : "Submitted at " + times.format(submitted.submittedAt()) + " (your submission "
                            + submitted.number() + ") — " + AGAIN);
                    reason.setInvalid(false);
                }
                case SubmitOutcome.Refused(var refusal) -> {
                    status.setText("Not submitted. " + refusal.message());
                    reason.setInvalid(refusal.isAboutTheReason());
                    reason.setErrorMessage(refusal.isAboutTheReason() ? refusal.message() : null);
                }
            }
            status.getElement().getClassList().set("refused", outcome instanceof SubmitOutcome.Refused);
            submit.setEnabled(true);
        });
        builder.setFinalGuideStep("Press “Submit to class” at the bottom of the screen; you can change your choices "
                + "and submit again. Your class address is yours alone: do not share it.");
        builder.addChoicesChangeListener(choices ->
                getUI().ifPresent(ui -> ScenarioAddressBar.show(ui, "c/" + token, theCase, choices)));
        // Stays at the bottom of the screen, so that Submit and its answer are where a student on a phone looks.
        var bar = new Div(status, submit);
        bar.setId("class-submit-bar");
        bar.addClassName("class-submit-bar");
        add(builder, reason, bar);
    }

    private static Span bold(String text) {
        var span = new Span(text);
        span.addClassName("display-name");
        span.setId("my-display-name");
        return span;
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
