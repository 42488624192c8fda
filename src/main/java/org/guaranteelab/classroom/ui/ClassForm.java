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
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.guaranteelab.base.HiddenCharacters;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CasePaths;
import org.guaranteelab.classroom.ClassSetup;
import org.guaranteelab.classroom.RoleMode;

/** The case, name, optional discussion prompt and roles of a new class. */
class ClassForm extends Composite<FormLayout> {

    private final Binder<Fields> binder = new Binder<>();
    private final TextArea prompt = new TextArea("Discussion prompt (optional)");
    private final Select<Case> bundled = new Select<>();
    private final TextField published = new TextField("Or a published case (optional)");
    private final CaseCatalog catalog;
    private final List<Consumer<Case>> caseListeners = new ArrayList<>();

    ClassForm(CaseCatalog catalog) {
        this.catalog = catalog;
        bundled.setLabel("Case");
        bundled.setId("class-case");
        bundled.setItems(catalog.bundledCases());
        bundled.setItemLabelGenerator(Case::name);
        bundled.setValue(catalog.defaultCase());
        bundled.setEmptySelectionAllowed(false);
        published.setId("class-published-case");
        published.setMaxLength(2000);
        published.setHelperText("Paste the link of a case someone published, or its id; it replaces the case above.");
        published.setClearButtonVisible(true);
        bundled.addValueChangeListener(change -> caseChanged());
        published.addValueChangeListener(change -> caseChanged());
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
        binder.forField(published)
                .withValidator(text -> text.isBlank() || publishedCase(text).isPresent(),
                        "No published case has this link or id. Copy the address of the case's builder page.")
                .bind(Fields::getPublishedCase, Fields::setPublishedCase);
        binder.forField(roles).bind(Fields::isRoles, Fields::setRoles);
        binder.forField(silent).bind(Fields::isSilentRoles, Fields::setSilentRoles);
        binder.setBean(new Fields());
        getContent().add(bundled, published, name, prompt, roles, silent);
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

    private Optional<Case> publishedCase(String text) {
        return CasePaths.idIn(text).flatMap(catalog::find);
    }

    /** The case chosen now: a valid pasted case, else the one selected in the list. */
    Case chosenCase() {
        return publishedCase(published.getValue()).orElseGet(() -> Optional.ofNullable(bundled.getValue())
                .orElseGet(catalog::defaultCase));
    }

    /** Called with the chosen case whenever the teacher changes it. */
    void addCaseChangeListener(Consumer<Case> listener) {
        caseListeners.add(listener);
    }

    private void caseChanged() {
        var chosen = chosenCase();
        caseListeners.forEach(listener -> listener.accept(chosen));
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
                        : fields.isSilentRoles() ? RoleMode.ROUND_ROBIN_ALL : RoleMode.ROUND_ROBIN,
                Optional.of(chosenCase().id())));
    }

    /** What the form edits; a class only once the teacher presses Start. */
    static final class Fields {
        private String name = "";
        private String prompt = "";
        private boolean roles;
        private boolean silentRoles;
        private String publishedCase = "";

        String getPublishedCase() {
            return publishedCase;
        }

        void setPublishedCase(String publishedCase) {
            this.publishedCase = publishedCase == null ? "" : publishedCase;
        }

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
