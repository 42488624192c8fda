package org.guaranteelab.classroom;

import java.time.Instant;

/** The answer to a submission; only {@link Submitted} means it is stored. */
public sealed interface SubmitOutcome {

    /** {@code unchanged}: the same choices as the student's latest submission, which stands (no new one). */
    record Submitted(int number, Instant submittedAt, boolean unchanged) implements SubmitOutcome {
    }

    record Refused(Refusal reason) implements SubmitOutcome {
    }
}
