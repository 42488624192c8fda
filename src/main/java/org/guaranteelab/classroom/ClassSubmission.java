package org.guaranteelab.classroom;

import java.time.Instant;
import java.util.Optional;
import org.guaranteelab.scenario.Choices;

/**
 * One submission; {@code latest} marks each student's most recent one, which the board counts.
 * {@code address} is the scenario's address (docs/url-format.md), {@code role} a stakeholder id,
 * {@code reason} the student's "why I chose this" as they typed it (empty if they gave none).
 */
public record ClassSubmission(long id, long participantId, String displayName, Optional<String> role, int number,
                             boolean latest, Choices choices, String address, Instant submittedAt, String reason) {

    /** The longest reason a student can give, in UTF-16 units as a browser's maxlength counts them. */
    public static final int REASON_LENGTH = 500;
}
