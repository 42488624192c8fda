package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;
import org.guaranteelab.catalog.CaseWithdrawnException;

/**
 * What an edit link, remix, comparison or class shows when its case is no longer published: HTTP 410
 * and why, never another case in its place. Public, as Vaadin only registers public error views.
 */
@PageTitle("Case no longer published · Guarantee Lab")
public class CaseWithdrawnView extends Div implements HasErrorParameter<CaseWithdrawnException> {

    public CaseWithdrawnView() {
        addClassName("error-page");
        setId("case-withdrawn");
        add(new H1(CaseWithdrawnException.TITLE), new Paragraph(CaseWithdrawnException.EXPLANATION),
                new Anchor("", "Go to the scenario builder"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CaseWithdrawnException> parameter) {
        return HttpServletResponse.SC_GONE;
    }
}
