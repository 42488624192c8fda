package org.guaranteelab.catalog;

import org.jspecify.annotations.Nullable;

/** An option, optionally at one of its levels (null level: any level). */
public record OptionRef(String option, @Nullable String level) {
}
