package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Optional;
import org.guaranteelab.base.HiddenCharacters;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.RoleMode;

/** Name, optional discussion prompt and roles of a new class. */
class ClassForm extends Composite<FormLayout> {

    private final Binder<Fields> binder = new Binder<>();
    private final TextArea prompt = new TextArea("Discussion prompt (optional)");

    ClassForm() {
        var name = new TextField("Class name");
        name.setId("class-name");
        name.setMaxLength(ClassSetup.NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("Students see it when they join, e.g. “History 11B, Tuesday”.");
        prompt.setId("class-prompt");
        prompt.setMaxLength(ClassSetup.PROMPT_LENGTH);
        prompt.setHelperText("Shown to students above the builder. Pick one of the article's questions below, or write your own.");
        var roles = new Checkbox("Give each student a stakeholder to play (in turn; you can change it on the board)");
        roles.setId("class-roles");
        var silent = new Checkbox("Also give out stakeholders the source states no position for");
        silent.setId("class-roles-silent");
        silent.setHelperText("Their students argue from what is known and what is missing; the source quotes "
                + "nothing of theirs.");
        silent.setEnabled(false);
        roles.addValueChangeListener(change -> {
            silent.setEnabled(change.getValue());
            if (!change.getValue()) {
                silent.setValue(false);
            }
        });
        binder.forField(name)
                .asRequired("Give the class a name")
                .withValidator(new StringLengthValidator("At most " + ClassSetup.NAME_LENGTH + " characters", 1,
                        ClassSetup.NAME_LENGTH))
                .withValidator(noHiddenCharacters("The class name"))
                .withValidator(HiddenCharacters::isVisible, "Give the class a name of letters or digits")
                .bind(Fields::getName, Fields::setName);
        binder.forField(prompt)
                .withValidator(new StringLengthValidator("At most " + ClassSetup.PROMPT_LENGTH + " characters", 0,
                        ClassSetup.PROMPT_LENGTH))
                .withValidator(noHiddenCharacters("The prompt"))
                .bind(Fields::getPrompt, Fields::setPrompt);
        binder.forField(roles).bind(Fields::isRoles, Fields::setRoles);
        binder.forField(silent).bind(Fields::isSilentRoles, Fields::setSilentRoles);
        binder.setBean(new Fields());
        getContent().add(name, prompt, roles, silent);
        getContent().setColspan(prompt, 2);
        getContent().setColspan(roles, 2);
        getContent().setColspan(silent, 2);
    }

    /** Says which character and where, as the scenario form does; the service refuses them too. */
    private static Validator<String> noHiddenCharacters(String field) {
        return (text, context) -> HiddenCharacters.first(text)
                .map(found -> ValidationResult.error(field + " holds " + found.describe()
                        + ". Delete it (it may have come with copied text)."))
                .orElse(ValidationResult.ok());
    }

    void usePrompt(String text) {
        prompt.setValue(text);
    }

    /** The setup if every field is valid; otherwise the fields show what is wrong. */
    Optional<ClassSetup> setup() {
        if (binder.validate().hasErrors()) {
            return Optional.empty();
        }
        var fields = binder.getBean();
        return Optional.of(new ClassSetup(fields.getName().strip(),
                Optional.of(fields.getPrompt().strip()).filter(text -> !text.isEmpty()),
                !fields.isRoles() ? RoleMode.NONE
                        : fields.isSilentRoles() ? RoleMode.ROUND_ROBIN_ALL : RoleMode.ROUND_ROBIN));
    }

    /** What the form edits; a class only once the teacher presses Start. */
    static final class Fields {
        private String name = "";
        private String prompt = "";
        private boolean roles;
        private boolean silentRoles;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name == null ? "" : name;
        }

        String getPrompt() {
            return prompt;
        }

        void setPrompt(String prompt) {
            this.prompt = prompt == null ? "" : prompt;
        }

        boolean isRoles() {
            return roles;
        }

        void setRoles(boolean roles) {
            this.roles = roles;
        }

        boolean isSilentRoles() {
            return silentRoles;
        }

        void setSilentRoles(boolean silentRoles) {
            this.silentRoles = silentRoles;
        }
    }
}
