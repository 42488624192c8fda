package org.guaranteelab.catalog;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An actor the source reports views of, with the people it names for it. */
public record Stakeholder(String id, String name, List<Person> people) {

    public Stakeholder {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** A person or body the source quotes; {@code role} is absent where the source gives none. */
    public record Person(String id, String name, @Nullable String role) {

        public Optional<String> roleInSource() {
            return Optional.ofNullable(role);
        }
    }
}
