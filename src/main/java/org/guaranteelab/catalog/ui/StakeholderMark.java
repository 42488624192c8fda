package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Span;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.Stakeholder;
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
        addClassNames("stakeholder-mark", "stakeholder-colour-" + colourOf(theCase, stakeholder));
        getElement().setAttribute("aria-hidden", "true");
        setText(stakeholder.monogram());
    }

    /** The stakeholder's colour number: its place in the case, so that it is the same on every page. */
    public static int colourOf(Case theCase, Stakeholder stakeholder) {
        var index = theCase.stakeholders().indexOf(stakeholder);
        return Math.max(index, 0) % COLOURS;
    }
}
