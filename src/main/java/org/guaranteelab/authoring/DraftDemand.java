package org.guaranteelab.authoring;

import java.util.List;
import org.guaranteelab.catalog.OptionRef;

/**
 * Something a stakeholder says must happen, in our words, resting on its quotes. Which options meet
 * it is always our reading, so {@code note} (one line, shown as "our reading") is required.
 */
public record DraftDemand(String id, String stakeholder, String text, List<OptionRef> metBy, List<Span> quotes,
                          String note) {

    public static final int LIMIT = 100;
    public static final int TEXT_LENGTH = 500;
    public static final int NOTE_LENGTH = 300;
    /** As many choices as a case has options: the bundled case's broadest demand is met by six. */
    public static final int MET_BY = DraftOption.LIMIT;

    public DraftDemand {
        metBy = List.copyOf(metBy);
        quotes = List.copyOf(quotes);
    }
}
