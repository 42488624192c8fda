package org.guaranteelab.catalog;

/** An option, optionally at one of its levels (null level: any level). */
public record OptionRef(String option, String level) {
}
