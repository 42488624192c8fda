package org.guaranteelab.classroom;

import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The only thing stored about a student: the name they choose to be shown under. */
public final class DisplayNames {

    public static final int MAX_LENGTH = 40;

    private DisplayNames() {
    }

    /** Trimmed, inner whitespace collapsed, control characters removed; empty if nothing is left or it is too long. */
    public static Optional<String> clean(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var name = typed.replaceAll("\\p{Cntrl}|\\p{Cf}", "").strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** "Ana", or "Ana 2", "Ana 3"… when taken; shortened so the number still fits. */
    static String distinct(String name, Predicate<String> taken) {
        if (!taken.test(name)) {
            return name;
        }
        for (int number = 2; ; number++) {
            var suffix = " " + number;
            var base = name.length() + suffix.length() > MAX_LENGTH
                    ? name.substring(0, MAX_LENGTH - suffix.length()).strip() : name;
            var candidate = base + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
