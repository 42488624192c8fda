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
    /** The words a stance may take; a pair the article is silent on has no stance at all. */
    public static final List<Position> POSITIONS = List.of(Position.SUPPORTS, Position.OFFERED, Position.POSSIBLE,
            Position.NOT_OFFERED, Position.OPPOSES);

    public DraftStance {
        quotes = List.copyOf(quotes);
    }

    public boolean isFor(String stakeholderId, String optionId, @Nullable String levelId) {
        return stakeholder.equals(stakeholderId) && option.equals(optionId) && java.util.Objects.equals(level, levelId);
    }

    /**
     * What an author may restate of a stance without attaching its quotes again: its position word,
     * its basis and speaker (a name, and the role the article gives them), and the level it is at
     * (null: every level, with {@code allLevels} saying why, for an option with levels).
     */
    public record Wording(Position position, StanceBasis basis, @Nullable String speakerName,
                          @Nullable String speakerRole, @Nullable String level, @Nullable String allLevels) {
    }
}
