package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Optional;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.sharing.InvalidDetailsException;
import org.guaranteelab.sharing.SavedLinks;
import org.guaranteelab.sharing.SharingService;

/** Asks for a title (and optional name and notes), saves, then shows the links. */
class SaveDialog extends Dialog {

    private final ScenarioForm form = new ScenarioForm();
    private final Paragraph refusal = new Paragraph();

    SaveDialog(SharingService sharing, SaveLimits limits, Case theCase, Choices choices, Optional<String> remixOf) {
        setHeaderTitle(remixOf.isPresent() ? "Save your remix" : "Save & share");
        setWidth("min(40rem, 95vw)");
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(new Paragraph("Saving stores this scenario so you can share it by link. You get a link to share "
                + "and a private link to change it later."), refusal, form);

        var save = new Button("Save", event -> save(sharing, limits, theCase, choices, remixOf));
        save.setId("save-scenario");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                form.focus();
            }
        });
    }

    private void save(SharingService sharing, SaveLimits limits, Case theCase, Choices choices, Optional<String> remixOf) {
        var details = form.validDetails();
        if (details.isEmpty()) {
            return;
        }
        if (!limits.allowsAnotherSave()) {
            refuse("You have saved many scenarios in the last minute. Please wait a moment and try again; "
                    + "what you typed is kept.");
            return;
        }
        try {
            var links = sharing.save(theCase, details.get(), choices, remixOf);
            showLinks(links, details.get().title());
        } catch (InvalidDetailsException e) {
            form.showProblems(e.problems());
            refuse("The scenario was not saved. Please correct the fields marked below.");
        }
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void showLinks(SavedLinks links, String title) {
        form.showProblems(Map.of());
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Saved");
        add(new LinksPanel(links.viewPath(), links.editPath()));
        var done = new Button("Done", event -> close());
        done.setId("save-done");
        getFooter().add(done);
        MyScenariosStore.remember(UI.getCurrent(), title, links.viewToken(), links.editToken());
    }
}
