package org.guaranteelab.authoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A guarantee a scenario can include, in our words. Options that name the same {@code bundle} are
 * one offer that can be taken whole or in part; the others are shown together as "Options".
 * An option with levels is chosen at exactly one of them, so it has none or at least two.
 */
public record DraftOption(String id, String name, String description, @Nullable String bundle, List<Level> levels) {

    public static final int LIMIT = 30;
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1_000;
    public static final int BUNDLE_LENGTH = 120;
    public static final int LEVELS = 5;

    public DraftOption {
        levels = List.copyOf(levels);
    }

    public boolean hasLevels() {
        return !levels.isEmpty();
    }

    public record Level(String id, String name, String description) {
    }
}
