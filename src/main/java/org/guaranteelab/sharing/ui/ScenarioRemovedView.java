package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a link to a deleted scenario shows: HTTP 410, and no trace of what it contained. Public, as
 * Vaadin only registers public error views (a package-private one is silently skipped).
 */
@PageTitle("Scenario removed · Guarantee Lab")
public class ScenarioRemovedView extends Div implements HasErrorParameter<ScenarioRemovedException> {

    public ScenarioRemovedView() {
        addClassName("error-page");
        add(new H1("This scenario was removed"),
                new Paragraph("Its author deleted it, so it can no longer be read or changed."),
                new Anchor("", "Build a scenario of your own"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ScenarioRemovedException> parameter) {
        return HttpServletResponse.SC_GONE;
    }
}
