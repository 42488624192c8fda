package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAddress;

/**
 * The home page: choose guarantee options and see, beside each, what every stakeholder has said
 * about it, with a summary of the whole scenario. The address always holds the scenario.
 */
@Route("")
// The actions other features add (BuilderActions: save and share, compare) open dialogs with these
// components. The production bundle loads a route's components with the route, found from its code, which
// cannot see through that extension point: without these, the save dialog's fields never got defined.
@Uses(Dialog.class)
@Uses(ConfirmDialog.class)
@Uses(FormLayout.class)
@Uses(TextField.class)
@Uses(TextArea.class)
@Uses(Notification.class)
@PageTitle("Scenario builder · Guarantee Lab")
@Menu(order = 1, title = "Scenario builder", icon = "vaadin:puzzle-piece")
class BuilderView extends Div implements BeforeEnterObserver {

    private final Case theCase;
    private final ScenarioBuilder builder;

    BuilderView(CaseCatalog catalog, List<BuilderActions> extraActions) {
        this.theCase = catalog.defaultCase();
        this.builder = new ScenarioBuilder(theCase);
        addClassNames("page", "builder-page");
        add(new H1("Build a scenario"));
        add(new Paragraph("Choose the security guarantees your scenario for Ukraine includes; the map shows "
                + "what each stakeholder has said of each choice, quoted from the source. This page's address "
                + "always holds your scenario."));
        extraActions.forEach(actions -> actions.actionsFor(builder).forEach(builder::addActions));
        builder.addChoicesChangeListener(choices ->
                getUI().ifPresent(ui -> ScenarioAddressBar.show(ui, "", theCase, choices)));
        add(builder);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var decoded = ScenarioAddress.decode(theCase, event.getLocation().getQueryParameters().getParameters());
        builder.setChoices(decoded.choices());
        builder.showIgnored(decoded.ignored());
    }
}
