package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.guaranteelab.catalog.Position;
import org.springframework.modulith.NamedInterface;

/** A position as an icon and a word, as {@link StanceMarkup#position} draws it. */
@NamedInterface("widgets")
public class PositionBadge extends Markup {

    public PositionBadge(Position position) {
        super(StanceMarkup.position(position));
    }

    /** The icon's name as the {@code icon} attribute of a {@code <vaadin-icon>} takes it. */
    public static String iconName(Position position) {
        return "vaadin:" + iconOf(position).name().toLowerCase(Locale.ROOT).replace('_', '-');
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
