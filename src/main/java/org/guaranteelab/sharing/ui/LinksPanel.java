package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.guaranteelab.base.AppUrls;
import org.guaranteelab.base.ui.CopyableLink;
import org.guaranteelab.base.ui.QrCodeImage;
import org.jspecify.annotations.Nullable;

/** The links of a saved scenario: the view link for anyone, the edit link for the author only. */
class LinksPanel extends Div {

    LinksPanel(String viewPath, @Nullable String editPath) {
        addClassName("links-panel");
        var viewUrl = AppUrls.absolute(viewPath);
        add(new H3("Share this link"));
        add(new Paragraph("Anyone with this link can read your scenario; nobody can change it."));
        add(new CopyableLink("View link", viewUrl, "view-link"));
        add(QrCodeImage.of(viewUrl, "QR code of the view link"));
        // View pages are plain pages served outside Vaadin's router (docs/decisions/0009).
        var open = new Anchor(viewPath, "Open the view page");
        open.setRouterIgnore(true);
        add(open);

        if (editPath != null) {
            add(new H3("Keep this link private"));
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var warning = new Paragraph(icon, new Span(" Whoever has the edit link can change or delete your "
                    + "scenario. It is shown only now; this browser also remembers it under “My scenarios”. "
                    + "Do not share it."));
            warning.addClassName("private-warning");
            add(warning, new CopyableLink("Edit link", AppUrls.absolute(editPath), "edit-link"));
        }
    }
}
