package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import org.guaranteelab.base.ClientKeys;
import org.guaranteelab.classroom.ClassroomRateLimits;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.DisplayNames;
import org.guaranteelab.classroom.JoinCodes;
import org.guaranteelab.classroom.JoinOutcome;
import org.guaranteelab.classroom.Refusal;

/** A student joins a class with its code (typed, or from the QR code's {@code ?code=}) and a display name. */
@Route("join")
@PageTitle("Join a class · Guarantee Lab")
@Menu(order = 7, title = "Join a class", icon = "vaadin:group")
class JoinView extends Div implements BeforeEnterObserver {

    private final TextField code = new TextField("Class code");
    private final TextField name = new TextField("Your display name");

    JoinView(ClassroomService classrooms, ClassroomRateLimits limits, ClientKeys clientKeys) {
        addClassNames("page", "join-page");
        add(new H1("Join a class"));
        add(new Paragraph("Enter the code your teacher shows and the name the class will see next to your scenario. "
                + "No email, no account: only this name is stored, and the class is deleted when it ends."));
        code.setId("join-code-field");
        code.setMaxLength(12);
        code.setPlaceholder("e.g. K7QM-3XTD");
        code.setRequiredIndicatorVisible(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        name.setId("display-name");
        name.setMaxLength(DisplayNames.MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("Up to " + DisplayNames.MAX_LENGTH + " characters, e.g. your first name.");
        var message = new Paragraph();
        message.setId("join-message");
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        var join = new Button("Join", VaadinIcon.SIGN_IN.create());
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(click -> {
            code.setInvalid(false);
            name.setInvalid(false);
            var clientKey = clientKeys.of(VaadinServletRequest.getCurrent().getHttpServletRequest());
            if (!limits.mayTryToJoin(clientKey)) {
                show(message, "Too many wrong codes from here in the last minute. Wait a minute and check the code "
                        + "with your teacher.");
                return;
            }
            switch (classrooms.join(code.getValue(), name.getValue(), clientKey)) {
                case JoinOutcome.Joined joined -> getUI().ifPresent(ui -> ui.navigate("c/" + joined.participantToken()));
                case JoinOutcome.Refused(var reason) -> {
                    if (reason == Refusal.UNKNOWN_CODE) {
                        limits.failedJoin(clientKey);
                        code.setInvalid(true);
                        code.setErrorMessage("No class has this code");
                    } else if (reason.isAboutTheName()) {
                        name.setInvalid(true);
                        name.setErrorMessage(reason == Refusal.INVALID_NAME
                                ? "Enter 1 to " + DisplayNames.MAX_LENGTH + " characters" : reason.message());
                    }
                    show(message, reason.message());
                }
            }
        });
        var form = new FormLayout(code, name);
        add(form, join, message);
    }

    private static void show(Paragraph message, String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code")
                .flatMap(JoinCodes::normalize)
                .ifPresent(typed -> code.setValue(JoinCodes.display(typed)));
    }
}
