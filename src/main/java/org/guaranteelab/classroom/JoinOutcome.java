package org.guaranteelab.classroom;

import java.util.Optional;

/** The answer to a student joining a class. */
public sealed interface JoinOutcome {

    /** {@code displayName} may differ from what was typed (made distinct, cleaned); {@code role} is a stakeholder id. */
    record Joined(String participantToken, String displayName, Optional<String> role) implements JoinOutcome {
    }

    record Refused(Refusal reason) implements JoinOutcome {
    }
}
