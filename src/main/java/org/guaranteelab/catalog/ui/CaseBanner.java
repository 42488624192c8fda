package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CasePaths;
import org.springframework.modulith.NamedInterface;

/**
 * Which case a page is about, above its content, with that case's own three pages: the app's menu
 * leads to the default case, so a page of another case says plainly that it is another one.
 */
@NamedInterface("widgets")
public class CaseBanner extends Div {

    public CaseBanner(Case theCase) {
        addClassName("case-banner");
        setId("case-banner");
        var source = theCase.source();
        var title = new Span("“" + source.title() + "”");
        title.addClassName("case-banner-title");
        var line = new Paragraph(new Span("Case: "), title);
        if (source.dateContext() != null) {
            var date = new Span(", " + source.dateContext());
            date.addClassName("case-banner-date");
            line.add(date);
        }
        var pages = new Nav(new Anchor(CasePaths.builder(theCase.id()), "Builder"),
                new Anchor(CasePaths.stakeholders(theCase.id()), "Stakeholders"),
                new Anchor(CasePaths.source(theCase.id()), "Source"));
        pages.getElement().setAttribute("aria-label", "This case");
        add(line, pages);
    }
}
