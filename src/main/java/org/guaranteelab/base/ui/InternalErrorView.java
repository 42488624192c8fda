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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a view fails while opening. The user sees a reference to quote, never the stack
 * trace; the log keeps the details under the same reference.
 */
@PageTitle("Something went wrong · Guarantee Lab")
@ParentLayout(MainLayout.class)
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening a page", reference, parameter.getCaughtException());
        addClassName("error-page");
        add(new H1("Something went wrong"),
                new Paragraph("This page could not be shown because of an error on our side. "
                        + "Nothing you saved is lost. Please try again in a moment."),
                new Paragraph("Error reference: " + reference),
                new Anchor("", "Go to the scenario builder"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
