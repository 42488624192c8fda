package org.guaranteelab.authoring;

import java.time.Duration;
import org.guaranteelab.base.AllowanceStore;
import org.guaranteelab.base.ClientAllowances;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many cases one client may start or import ({@code guarantee-lab.authoring.cases-per-hour},
 * 20 by default), as saves are limited, so that a script cannot fill the database with drafts.
 */
@Component
class CaseCreationLimiter {

    private final ClientAllowances creations;

    CaseCreationLimiter(@Value("${guarantee-lab.authoring.cases-per-hour:20}") int casesPerHour, AllowanceStore store) {
        if (casesPerHour < 1) {
            throw new IllegalArgumentException("guarantee-lab.authoring.cases-per-hour must be at least 1, was " + casesPerHour);
        }
        this.creations = store.allowances("case-creations", casesPerHour, Duration.ofHours(1));
    }

    boolean tryAcquire(String clientKey) {
        return creations.tryTake(clientKey);
    }
}
