package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an unknown board or student link shows: HTTP 404, like any address with nothing at it, in
 * words for both the teacher and the student. Public, as Vaadin only registers public error views.
 */
@PageTitle("Class not found · Guarantee Lab")
public class ClassNotFoundView extends Div implements HasErrorParameter<ClassNotFoundException> {

    public ClassNotFoundView() {
        addClassName("error-page");
        var message = new Paragraph("There is no class at this link. It may be mistyped, the class may have ended "
                + "and been deleted, or the teacher removed you from it. Students: join again with the code your "
                + "teacher shows. Teachers: open the board link you kept when you started the class.");
        message.setId("class-missing");
        add(new H1("Class not found"), message,
                new Paragraph(new Anchor("join", "Join a class"), new Span(" · "), new Anchor("teach", "Start a class")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ClassNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
