package org.guaranteelab.classroom;

import java.time.Instant;
import java.util.Optional;

/** A class as its board shows it. */
public record ClassInfo(long id, String name, Optional<String> prompt, String joinCode, String caseId,
                        ClassState state, RoleMode roles, Instant createdAt, Instant expiresAt, boolean expired) {

    /** Open and not expired: students may join and submit. */
    public boolean accepting() {
        return state == ClassState.OPEN && !expired;
    }
}
