package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Element;
import org.springframework.modulith.NamedInterface;

/**
 * Markup built with jsoup from the case's own text ({@link StanceMarkup}, {@code scenario.ui.CaseMarkup}), shown
 * as one element whose content the browser renders, instead of one server-side component per paragraph, list
 * item and quote (docs/decisions/0006). The element has the root's tag and attributes.
 */
@NamedInterface("widgets")
public class Markup extends Component {

    public Markup(Element root) {
        super(new com.vaadin.flow.dom.Element(root.tagName()));
        if (root.ownerDocument() == null) {
            // Output settings come from the owner document: ASCII with entities, half the size in the session.
            StanceMarkup.newDocument().appendChild(root);
        }
        root.attributes().forEach(attribute -> getElement().setAttribute(attribute.getKey(), attribute.getValue()));
        // Not Vaadin's Html component: it parses the markup again and stores it with literal typographic
        // quotes, which Java keeps at two bytes per character; the escaped ASCII form is half that.
        getElement().setProperty("innerHTML", root.html());
    }
}
