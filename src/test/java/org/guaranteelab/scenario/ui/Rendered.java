package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * A component as the browser would get it, for browserless tests: its element tree as HTML, with
 * the markup of {@code Html} components (the analysis and the summary) in place, so that tests can
 * read text and select elements with CSS selectors across both.
 */
public final class Rendered {

    private Rendered() {
    }

    public static Document of(Component component) {
        var html = new StringBuilder();
        append(component.getElement(), html);
        return Jsoup.parseBodyFragment(html.toString());
    }

    /** The text a reader sees, with whitespace as the browser collapses it. */
    public static String text(Component component) {
        return of(component).body().text();
    }

    private static void append(Element element, StringBuilder html) {
        if (element.isTextNode()) {
            html.append(Entities.escape(element.getText()));
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        html.append('<').append(element.getTag());
        element.getAttributeNames().forEach(name -> html.append(' ').append(name).append("=\"")
                .append(Entities.escape(element.getAttribute(name))).append('"'));
        html.append('>');
        if (element.hasProperty("innerHTML")) {
            html.append(element.getProperty("innerHTML"));
        } else {
            element.getChildren().forEach(child -> append(child, html));
        }
        html.append("</").append(element.getTag()).append('>');
    }
}
