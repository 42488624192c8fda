package org.guaranteelab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options a scenario includes, each with its chosen level (empty for on/off options).
 * Immutable: every change returns new choices, so a scenario can be shared and compared safely.
 */
public final class Choices {

    private static final Choices NONE = new Choices(Map.of());

    /** Option id → level id ("" for an option without levels), in the order chosen. */
    private final Map<String, String> levels;

    private Choices(Map<String, String> levels) {
        this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    public static Choices none() {
        return NONE;
    }

    /** Choices from option id → level id ("" or null for options without levels). */
    public static Choices of(Map<String, String> levels) {
        var copy = new LinkedHashMap<String, String>();
        levels.forEach((option, level) -> copy.put(option, level == null ? "" : level));
        return new Choices(copy);
    }

    public Choices with(String optionId) {
        return with(optionId, null);
    }

    public Choices with(String optionId, @Nullable String levelId) {
        var copy = new LinkedHashMap<>(levels);
        copy.put(optionId, levelId == null ? "" : levelId);
        return new Choices(copy);
    }

    public Choices without(String optionId) {
        if (!levels.containsKey(optionId)) {
            return this;
        }
        var copy = new LinkedHashMap<>(levels);
        copy.remove(optionId);
        return new Choices(copy);
    }

    public boolean includes(String optionId) {
        return levels.containsKey(optionId);
    }

    /** The chosen level of an option; empty when it has none or is not chosen. */
    public Optional<String> levelOf(String optionId) {
        return Optional.ofNullable(levels.get(optionId)).filter(level -> !level.isEmpty());
    }

    public Set<String> optionIds() {
        return levels.keySet();
    }

    public Map<String, String> asMap() {
        return levels;
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    public int size() {
        return levels.size();
    }

    /** Two scenarios are the same when they include the same options at the same levels, in any order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Choices that && Map.copyOf(levels).equals(Map.copyOf(that.levels));
    }

    @Override
    public int hashCode() {
        return Map.copyOf(levels).hashCode();
    }

    @Override
    public String toString() {
        return "Choices" + levels;
    }
}
