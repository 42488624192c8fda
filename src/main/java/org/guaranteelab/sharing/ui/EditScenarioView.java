package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.CaseWithdrawnException;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ui.ScenarioAddressBar;
import org.guaranteelab.scenario.ui.ScenarioBuilder;
import org.guaranteelab.sharing.InvalidDetailsException;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.SharedVersion;
import org.guaranteelab.sharing.SharingService;
import org.jspecify.annotations.Nullable;

/** The author's private page: change the scenario (each save is a new version), withdraw or delete it. */
@Route("e/:token")
@PageTitle("Edit your scenario · Guarantee Lab")
class EditScenarioView extends Div implements BeforeEnterObserver, ShowsCase {

    private final SharingService sharing;
    private final CaseCatalog catalog;
    private String editToken;
    private final ScenarioForm form = new ScenarioForm();
    private final Div linkState = new Div();
    private final H1 heading = new H1();
    private final Paragraph versionLine = new Paragraph();
    private ScenarioBuilder builder;
    private @Nullable String shownCaseId;

    EditScenarioView(SharingService sharing, CaseCatalog catalog) {
        this.sharing = sharing;
        this.catalog = catalog;
        addClassNames("page", "builder-page", "edit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editToken = event.getRouteParameters().get("token").orElse("");
        switch (sharing.openForEdit(editToken)) {
            case Lookup.Found<SharedVersion> found -> show(found.value(), event);
            case Lookup.Removed<SharedVersion> removed -> event.rerouteToError(ScenarioRemovedException.class);
            case Lookup.NotFound<SharedVersion> notFound -> event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SharedVersion shared, BeforeEnterEvent event) {
        removeAll();
        var found = catalog.find(shared.caseId());
        if (found.isEmpty()) {
            showWithoutCase(shared);
            return;
        }
        var theCase = found.get();
        shownCaseId = theCase.id();
        builder = new ScenarioBuilder(theCase);
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            builder.setChoices(shared.choices());
        } else {
            // The address holds changes not yet saved, so a reload or a lost connection keeps them.
            var decoded = ScenarioAddress.decode(theCase, query);
            builder.setChoices(decoded.choices());
            builder.showIgnored(decoded.ignored());
        }
        builder.addChoicesChangeListener(choices ->
                getUI().ifPresent(ui -> ScenarioAddressBar.show(ui, "e/" + editToken, theCase, choices)));
        form.setDetails(shared.details());

        var warning = privateWarning();
        var save = new Button("Save as a new version", VaadinIcon.CHECK.create(), click -> save(theCase));
        save.setId("save-version");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var panel = new Div(new H2("Title and notes"), form, save, linkState);
        panel.addClassName("edit-panel");
        add(heading, versionLine, warning, panel, builder);
        refresh(shared);
        MyScenariosStore.remember(UI.getCurrent(), shared.details().title(), shared.viewToken(), editToken);
    }

    /**
     * The scenario's case is no longer published, so its choices cannot be shown or changed; the owner
     * can still turn the view link off or delete the scenario, which a 410 page would take from them.
     */
    private void showWithoutCase(SharedVersion shared) {
        shownCaseId = null;
        var notice = new Paragraph(CaseWithdrawnException.EXPLANATION);
        notice.setId("case-withdrawn-notice");
        add(heading, notice, privateWarning(), linkState);
        refresh(shared);
        versionLine.setText("");
        MyScenariosStore.remember(UI.getCurrent(), shared.details().title(), shared.viewToken(), editToken);
    }

    private static Paragraph privateWarning() {
        var icon = VaadinIcon.LOCK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var warning = new Paragraph(icon, new Span(" This is your private edit link. Anyone who has it can change "
                + "or delete this scenario: keep it to yourself."));
        warning.addClassName("private-warning");
        return warning;
    }

    private void save(Case theCase) {
        var details = form.validDetails();
        if (details.isEmpty()) {
            return;
        }
        try {
            switch (sharing.update(editToken, details.get(), builder.getChoices())) {
                case Lookup.Found<SharedVersion> found -> {
                    refresh(found.value());
                    form.showProblems(Map.of());
                    getUI().ifPresent(ui -> ScenarioAddressBar.show(ui, "e/" + editToken, theCase, builder.getChoices()));
                    Notification.show("Saved as version " + found.value().number() + ".");
                }
                default -> Notification.show("This scenario can no longer be changed: it was deleted.");
            }
        } catch (InvalidDetailsException e) {
            form.showProblems(e.problems());
        }
    }

    private void refresh(SharedVersion shared) {
        heading.setText("Edit “" + shared.details().title() + "”");
        versionLine.setText("Version " + shared.number() + " is the latest. Saving creates version "
                + (shared.number() + 1) + "; earlier versions stay readable.");
        linkState.removeAll();
        linkState.addClassName("link-state");
        if (shared.viewLinkRevoked()) {
            var restore = new Button("Turn the view link back on", click -> refresh(found(sharing.restore(editToken))));
            restore.setId("restore-link");
            linkState.add(new Paragraph("The view link is turned off: whoever follows it sees “page not found”."),
                    restore);
        } else {
            var revoke = new Button("Turn the view link off", click -> refresh(found(sharing.revoke(editToken))));
            revoke.setId("revoke-link");
            linkState.add(new LinksPanel("s/" + shared.viewToken(), null), revoke);
        }
        var delete = new Button("Delete this scenario", VaadinIcon.TRASH.create(), click -> confirmDelete());
        delete.setId("delete-scenario");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        linkState.add(delete);
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog("Delete this scenario?",
                "All its versions are removed for good. Both links will then say it was removed.",
                "Delete", event -> {
                    if (sharing.delete(editToken)) {
                        getUI().ifPresent(ui -> {
                            MyScenariosStore.forget(ui, editToken);
                            ui.navigate("");
                        });
                        Notification.show("Scenario deleted.");
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private SharedVersion found(Lookup<SharedVersion> lookup) {
        if (lookup instanceof Lookup.Found<SharedVersion> found) {
            return found.value();
        }
        throw new IllegalStateException("The scenario disappeared while its edit page was open");
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
