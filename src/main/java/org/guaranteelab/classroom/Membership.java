package org.guaranteelab.classroom;

import java.util.Optional;

/** A student's place in a class, as their page shows it; {@code role} is a stakeholder id. */
public record Membership(ClassInfo classInfo, String displayName, Optional<String> role,
                         Optional<ClassSubmission> latest) {
}
