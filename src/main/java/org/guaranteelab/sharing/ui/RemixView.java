package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.guaranteelab.base.ShowsCase;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ui.ScenarioAddressBar;
import org.guaranteelab.scenario.ui.ScenarioBuilder;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.SharedVersion;
import org.guaranteelab.sharing.SharingService;
import org.jspecify.annotations.Nullable;

/** The builder, pre-filled from a shared scenario; saving creates a new scenario that records its origin. */
@Route("remix/:token")
@PageTitle("Remix a scenario · Guarantee Lab")
class RemixView extends Div implements BeforeEnterObserver, ShowsCase {

    private final SharingService sharing;
    private final SaveLimits limits;
    private final CaseCatalog catalog;
    private @Nullable String shownCaseId;

    RemixView(SharingService sharing, SaveLimits limits, CaseCatalog catalog) {
        this.sharing = sharing;
        this.limits = limits;
        this.catalog = catalog;
        addClassNames("page", "builder-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        switch (sharing.open(token, Optional.empty())) {
            case Lookup.Found<SharedVersion> found -> show(found.value(), event);
            case Lookup.Removed<SharedVersion> removed -> event.rerouteToError(ScenarioRemovedException.class);
            case Lookup.NotFound<SharedVersion> notFound -> event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SharedVersion original, BeforeEnterEvent event) {
        removeAll();
        var theCase = catalog.builtOn(original.caseId());
        shownCaseId = theCase.id();
        var builder = new ScenarioBuilder(theCase);
        // The address holds unsaved changes, so a reload keeps them; without a query, start from the original.
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            builder.setChoices(original.choices());
        } else {
            var decoded = ScenarioAddress.decode(theCase, query);
            builder.setChoices(decoded.choices());
            builder.showIgnored(decoded.ignored());
        }
        var path = "remix/" + original.viewToken();
        builder.addChoicesChangeListener(choices ->
                getUI().ifPresent(ui -> ScenarioAddressBar.show(ui, path, theCase, choices)));
        var save = new Button("Save remix", VaadinIcon.SHARE.create(), click ->
                new SaveDialog(sharing, limits, theCase, builder.getChoices(),
                        Optional.of(original.viewToken())).open());
        save.setId("save-and-share");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        builder.addActions(save);

        add(new H1("Remix “" + original.details().title() + "”"),
                new Paragraph("Change the choices as you like. Saving creates a new scenario of your own that "
                        + "says what it was remixed from; the original stays as it is."),
                builder);
    }

    @Override
    public @Nullable String shownCaseId() {
        return shownCaseId;
    }
}
