package org.guaranteelab.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Options shown together. A {@code bundle} group is one offer that can be taken whole or part
 * by part (the G7 guarantees).
 */
public record OptionGroup(String id, String name, @Nullable String description, boolean bundle, List<GuaranteeOption> options) {

    public OptionGroup {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
