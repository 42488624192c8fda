package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.guaranteelab.sharing.ScenarioDetails;

/** Title, author and notes of a scenario to save; what was typed stays when a save is refused. */
class ScenarioForm extends Composite<FormLayout> {

    private final TextField title = new TextField("Title");
    private final TextField author = new TextField("Your name (optional)");
    private final TextArea notes = new TextArea("Notes (optional)");
    private final Binder<ScenarioDetails> binder = new BeanValidationBinder<>(ScenarioDetails.class);

    ScenarioForm() {
        title.setId("scenario-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(ScenarioDetails.TITLE_MAX_LENGTH);
        title.setHelperText("Up to " + ScenarioDetails.TITLE_MAX_LENGTH + " characters.");
        author.setId("scenario-author");
        author.setMaxLength(ScenarioDetails.AUTHOR_MAX_LENGTH);
        author.setHelperText("Shown with the scenario. No account, no e-mail.");
        notes.setId("scenario-notes");
        notes.setMaxLength(ScenarioDetails.NOTES_MAX_LENGTH);
        notes.setHelperText("Why you chose what you chose. Plain text, up to "
                + ScenarioDetails.NOTES_MAX_LENGTH + " characters.");
        binder.forField(title).bind("title");
        binder.forField(author).bind("author");
        binder.forField(notes).bind("notes");
        binder.readRecord(ScenarioDetails.empty());

        getContent().add(title, author, notes);
        getContent().setColspan(notes, 2);
        getContent().setColspan(title, 2);
    }

    void setDetails(ScenarioDetails details) {
        binder.readRecord(details);
    }

    /** The details if the form is valid; otherwise the fields show why and nothing is returned. */
    Optional<ScenarioDetails> validDetails() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Shows problems the server found (field name → message) beside the fields. */
    void showProblems(Map<String, String> problems) {
        show(title, problems.get("title"));
        show(author, problems.get("author"));
        show(notes, problems.get("notes"));
    }

    private static void show(HasValidation field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }

    void focus() {
        title.focus();
    }
}
