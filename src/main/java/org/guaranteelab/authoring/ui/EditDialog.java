package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small form for changing one entry of the draft in place, prefilled with what it holds. Escape
 * or Cancel closes it unchanged; a refused change keeps it open with what was typed and says why.
 */
class EditDialog extends Dialog {

    private final UnorderedList refusals = new UnorderedList();

    /** @param save stores the change and says whether it was stored; on a refusal it calls {@link #refuse} */
    EditDialog(String title, Predicate<EditDialog> save, Component... fields) {
        setId("edit-dialog");
        setHeaderTitle(title);
        setCloseOnEsc(true);
        // A stray click beside the form must not throw away what was typed; Escape is a deliberate cancel.
        setCloseOnOutsideClick(false);
        addDialogCloseActionListener(event -> close());
        refusals.setId("edit-refusals");
        refusals.addClassName("author-problems");
        add(refusals, new FormLayout(fields));
        var saveButton = new Button("Save", event -> {
            if (save.test(this)) {
                close();
            }
        });
        saveButton.setId("edit-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", event -> close());
        cancel.setId("edit-cancel");
        getFooter().add(cancel, saveButton);
    }

    void refuse(List<String> messages) {
        NewCaseView.show(refusals, messages);
    }
}
