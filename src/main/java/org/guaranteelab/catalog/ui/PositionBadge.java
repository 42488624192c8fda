package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.guaranteelab.catalog.Position;

/** A position as an icon and a word, so that colour is never the only signal. */
public class PositionBadge extends Span {

    public PositionBadge(Position position) {
        addClassNames("position", "position--" + position.code());
        var icon = iconOf(position).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(position.label()));
    }

    private static VaadinIcon iconOf(Position position) {
        return switch (position) {
            case SUPPORTS -> VaadinIcon.THUMBS_UP;
            case OFFERED -> VaadinIcon.HANDSHAKE;
            case POSSIBLE -> VaadinIcon.QUESTION_CIRCLE_O;
            case NOT_OFFERED -> VaadinIcon.BAN;
            case OPPOSES -> VaadinIcon.THUMBS_DOWN;
            case NOT_STATED -> VaadinIcon.MINUS_CIRCLE_O;
        };
    }
}
