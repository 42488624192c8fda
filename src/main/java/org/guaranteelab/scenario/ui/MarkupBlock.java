package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.jsoup.nodes.Element;

/**
 * A block of the case's text built by {@link CaseMarkup}, shown as one element whose content the browser
 * renders from markup, instead of one server-side component per paragraph, list item and quote.
 */
@Tag("div")
class MarkupBlock extends Component {

    MarkupBlock(Element root) {
        root.attributes().forEach(attribute -> getElement().setAttribute(attribute.getKey(), attribute.getValue()));
        // Not Vaadin's Html component: it parses the markup again and stores it with literal typographic
        // quotes, which Java keeps at two bytes per character; CaseMarkup's escaped ASCII form is half that.
        getElement().setProperty("innerHTML", root.html());
    }
}
