package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.guaranteelab.sharing.SharedVersion;

/** Author, date, version, lineage, notes and case changes of a saved scenario. */
class ScenarioHeader extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    ScenarioHeader(SharedVersion shared) {
        addClassName("scenario-header");
        var meta = new Paragraph();
        meta.addClassName("scenario-meta");
        meta.setId("scenario-meta");
        if (!shared.details().author().isEmpty()) {
            meta.add(new Span("By " + shared.details().author() + " · "));
        }
        meta.add(new Span("saved " + DATE.format(shared.savedAt()) + " · "));
        meta.add(new Span("version " + shared.number() + " of " + shared.versionCount()));
        add(meta);

        if (shared.versionCount() > 1) {
            var versions = new UnorderedList();
            versions.addClassName("version-list");
            versions.getElement().setAttribute("aria-label", "All versions");
            for (var version : shared.versions()) {
                var label = "Version " + version.number() + ": " + version.title() + " (" + DATE.format(version.savedAt()) + ")";
                if (version.number() == shared.number()) {
                    var current = new Span(label + " — shown");
                    current.getElement().setAttribute("aria-current", "page");
                    versions.add(new ListItem(current));
                } else {
                    versions.add(new ListItem(new Anchor("s/" + shared.viewToken() + "/" + version.number(), label)));
                }
            }
            add(versions);
        }
        shared.remixedFrom().ifPresent(parent -> add(lineage("Remixed from “" + parent + "”.")));
        if (shared.remixCount() > 0) {
            add(lineage("Remixed " + shared.remixCount() + (shared.remixCount() == 1 ? " time." : " times.")));
        }
        if (shared.caseChanged()) {
            add(caseChanges(shared));
        }
        if (!shared.details().notes().isEmpty()) {
            var notes = new Paragraph(shared.details().notes());
            notes.addClassName("scenario-notes");
            notes.setId("scenario-notes");
            add(notes);
        }
    }

    private static Paragraph lineage(String text) {
        var line = new Paragraph(text);
        line.addClassName("scenario-lineage");
        return line;
    }

    private static Div caseChanges(SharedVersion shared) {
        var icon = VaadinIcon.INFO_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var box = new Div(new Paragraph(icon, new Span(" The case has been corrected since this scenario was saved. "
                + "It is shown with the current case; what differs for this scenario:")));
        box.addClassName("case-changed");
        var list = new UnorderedList();
        shared.ignoredChoices().forEach(ignored ->
                list.add(new ListItem("The choice “" + ignored.parameter() + "” no longer exists (" + ignored.reason() + ").")));
        shared.caseChanges().forEach(change -> list.add(new ListItem(change)));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem("No stance on the options of this scenario changed."));
        }
        box.add(list);
        return box;
    }
}
