package org.guaranteelab.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.guaranteelab.base.ErrorLog;

/**
 * Shown when a view fails while opening. The user sees a reference to quote, never the stack
 * trace; the log has one line under the same reference.
 */
@PageTitle("Something went wrong · Guarantee Lab")
@ParentLayout(MainLayout.class)
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorLog.newReference();
        // One line, rate-limited; the stack trace only at DEBUG (ErrorLog).
        ErrorLog.shared().report(reference, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                "opening /" + event.getLocation().getPath(), parameter.getCaughtException());
        addClassName("error-page");
        add(new H1("Something went wrong"),
                new Paragraph("This page could not be shown because of an error on our side. "
                        + "Nothing you saved is lost. Please try again in a moment."),
                new Paragraph("Error reference: " + reference),
                new Anchor("", "Go to the scenario builder"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
