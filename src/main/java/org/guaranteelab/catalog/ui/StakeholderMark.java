package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Span;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Stakeholder;
import org.jsoup.nodes.Element;
import org.springframework.modulith.NamedInterface;

/**
 * A stakeholder's one visual identity: its monogram on its own colour (never a flag). Decorative: its
 * name always stands beside it, so the mark is hidden from screen readers and colour is never the only signal.
 */
@NamedInterface("widgets")
public class StakeholderMark extends Span {

    /** Colours in styles.css ({@code .stakeholder-colour-N}), each dark enough for white letters (WCAG AA). */
    private static final int COLOURS = 8;

    public StakeholderMark(Case theCase, Stakeholder stakeholder) {
        addClassNames(CLASS, "stakeholder-colour-" + colourOf(theCase, stakeholder));
        getElement().setAttribute("aria-hidden", "true");
        setText(stakeholder.monogram());
    }

    private static final String CLASS = "stakeholder-mark";

    /** The same mark as markup, for the pages drawn with jsoup (the builder's map, the view page, compare). */
    public static Element markup(Case theCase, Stakeholder stakeholder) {
        return new Element("span").addClass(CLASS).addClass("stakeholder-colour-" + colourOf(theCase, stakeholder))
                .attr("aria-hidden", "true").text(stakeholder.monogram());
    }

    /** The stakeholder's colour number: its place in the case, so that it is the same on every page. */
    public static int colourOf(Case theCase, Stakeholder stakeholder) {
        var index = theCase.stakeholders().indexOf(stakeholder);
        return Math.max(index, 0) % COLOURS;
    }
}
