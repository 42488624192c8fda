package org.guaranteelab.classroom;

import java.time.Instant;
import java.util.Optional;

/** A student of a class; {@code role} is a stakeholder id. */
public record ClassParticipant(long id, String displayName, Optional<String> role, Instant joinedAt) {
}
