package org.guaranteelab.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guarantee a scenario can include. Options with levels are chosen at exactly one level
 * (NATO: bridge or fast-track); the others are simply on or off.
 */
public record GuaranteeOption(String id, String name, String description, List<String> passages, List<Level> levels) {

    public GuaranteeOption {
        passages = passages == null ? List.of() : List.copyOf(passages);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public boolean hasLevels() {
        return !levels.isEmpty();
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(level -> Objects.equals(level.id(), levelId)).findFirst();
    }

    public record Level(String id, String name, String description) {
    }
}
