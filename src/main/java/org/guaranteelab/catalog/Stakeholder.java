package org.guaranteelab.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An actor the source reports views of, with the people it names for it.
 *
 * @param monogram up to four letters that stand for the stakeholder wherever space is short (the builder's
 *                 map on a phone), never a flag; the case file may set it ("UA" for Ukraine), else it is
 *                 the name itself if short ("G7"), the initials of a longer name ("UK"), or its first two letters
 */
public record Stakeholder(String id, String name, String monogram, List<Person> people) {

    public Stakeholder {
        people = people == null ? List.of() : List.copyOf(people);
        if ((monogram == null || monogram.isBlank()) && name != null) {
            monogram = monogramOf(name);
        }
    }

    private static String monogramOf(String name) {
        var words = Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        if (name.strip().length() <= 4 || words.isEmpty()) {
            return name.strip();
        }
        if (words.size() > 1) {
            return words.stream().limit(4).map(word -> word.substring(0, 1)).reduce("", String::concat)
                    .toUpperCase(Locale.ROOT);
        }
        return name.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    /** A person or body the source quotes; {@code role} is absent where the source gives none. */
    public record Person(String id, String name, @Nullable String role) {

        public Optional<String> roleInSource() {
            return Optional.ofNullable(role);
        }
    }
}
