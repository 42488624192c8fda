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
import java.util.List;
import java.util.Map;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CasePaths;
import org.guaranteelab.scenario.ScenarioAddress;

/**
 * The builder page of one case, with the other features' actions: the home page shows it for the
 * default case, {@code /cases/{id}} for any other. Its address holds the scenario.
 */
// The actions other features add (BuilderActions: save and share, compare) open dialogs with these
// components. The production bundle loads a route's components with the route, found from its code (both
// builder routes reach this class), which cannot see through that extension point: without these, the save
// dialog's fields never got defined.
@Uses(Dialog.class)
@Uses(ConfirmDialog.class)
@Uses(FormLayout.class)
@Uses(TextField.class)
@Uses(TextArea.class)
@Uses(Notification.class)
class BuilderPage extends Div {

    private final ScenarioBuilder builder;

    BuilderPage(Case theCase, boolean isDefault, List<BuilderActions> extraActions) {
        this.builder = new ScenarioBuilder(theCase);
        addClassNames("page", "builder-page");
        add(new H1("Build a scenario"));
        add(new Paragraph(isDefault
                ? "Choose the security guarantees your scenario for Ukraine includes; the map shows what each "
                        + "stakeholder has said of each choice, quoted from the source. This page's address always "
                        + "holds your scenario."
                : "Choose the options your scenario includes; the map shows what each stakeholder has said of each "
                        + "choice, quoted from the source. This page's address always holds your scenario."));
        extraActions.forEach(actions -> actions.actionsFor(builder).forEach(builder::addActions));
        var path = CasePaths.builder(theCase.id());
        builder.addChoicesChangeListener(choices ->
                getUI().ifPresent(ui -> ScenarioAddressBar.show(ui, path, theCase, choices)));
        add(builder);
    }

    /** Shows the scenario an address's query parameters hold, and what of them was not understood. */
    void restore(Case theCase, Map<String, List<String>> query) {
        var decoded = ScenarioAddress.decode(theCase, query);
        builder.setChoices(decoded.choices());
        builder.showIgnored(decoded.ignored());
    }
}
