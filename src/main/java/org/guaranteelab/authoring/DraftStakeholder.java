package org.guaranteelab.authoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An actor the article reports views of, and the people it quotes for them. {@code monogram}: up to
 * four letters that stand for it on a phone; left out, the catalog makes one from the name.
 */
public record DraftStakeholder(String id, String name, @Nullable String monogram, List<Speaker> people) {

    public static final int LIMIT = 20;
    public static final int NAME_LENGTH = 120;
    public static final int PEOPLE = 20;
    public static final int MONOGRAM_LENGTH = 4;

    public DraftStakeholder {
        people = List.copyOf(people);
    }
}
