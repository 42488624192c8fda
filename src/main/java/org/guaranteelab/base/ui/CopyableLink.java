package org.guaranteelab.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.modulith.NamedInterface;

/** A link in a read-only field with a button that copies it. */
@NamedInterface("widgets")
public class CopyableLink extends Div {

    public CopyableLink(String label, String url, String id) {
        addClassName("copyable-link");
        var field = new TextField(label);
        field.setId(id);
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        var copy = new Button("Copy", VaadinIcon.COPY_O.create());
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.getElement().setAttribute("aria-label", "Copy the " + label.toLowerCase());
        copy.getElement().setAttribute("data-copy", url);
        // The clipboard needs the user's own click, so the copy happens in the browser, not after a round trip.
        copy.getElement().executeJs("""
                this.addEventListener('click', () => {
                  navigator.clipboard && navigator.clipboard.writeText(this.dataset.copy)
                    .then(() => { this.textContent = 'Copied'; })
                    .catch(() => { this.textContent = 'Select and copy the link'; });
                });""");
        add(field, copy);
    }
}
