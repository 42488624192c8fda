package org.guaranteelab.authoring;

import java.util.List;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.jspecify.annotations.Nullable;

/**
 * What the article says {@code stakeholder} thinks of {@code option} (at {@code level}, or, with
 * {@code allLevels} saying why, at every level), resting on the excerpts. With basis "in their own
 * words" the excerpts are spoken by {@code speaker}, a person of the stakeholder. A pair without
 * one is "not stated in the source".
 */
public record DraftStance(String stakeholder, String option, @Nullable String level, Position position,
                          StanceBasis basis, @Nullable String speaker, List<Span> quotes, @Nullable String allLevels) {

    public static final int QUOTES = 10;
    public static final int ALL_LEVELS_LENGTH = 300;

    public DraftStance {
        quotes = List.copyOf(quotes);
    }

    public boolean isFor(String stakeholderId, String optionId, @Nullable String levelId) {
        return stakeholder.equals(stakeholderId) && option.equals(optionId) && java.util.Objects.equals(level, levelId);
    }
}
