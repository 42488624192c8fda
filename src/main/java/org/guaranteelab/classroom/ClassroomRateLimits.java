package org.guaranteelab.classroom;

import java.time.Duration;
import org.guaranteelab.base.AllowanceStore;
import org.guaranteelab.base.ClientAllowances;
import org.springframework.stereotype.Component;

/**
 * Per-client limits, keyed by {@link org.guaranteelab.base.ClientKeys}, in memory on one instance and
 * shared in PostgreSQL by several ({@link AllowanceStore}; the database sees a hash, not the address):
 * wrong join codes per minute, so that codes cannot be guessed, and classes started per hour, so that a script cannot fill the database. Right codes are not limited:
 * a whole class often joins from one school address.
 */
@Component
public class ClassroomRateLimits {

    private final ClientAllowances failedJoins;
    private final ClientAllowances classStarts;

    ClassroomRateLimits(ClassroomSettings settings, AllowanceStore store) {
        this.failedJoins = store.allowances("failed-joins", settings.failedJoinsPerMinute(), Duration.ofMinutes(1));
        this.classStarts = store.allowances("class-starts", settings.classesPerHour(), Duration.ofHours(1));
    }

    /** False while the client has used up its wrong codes for this minute; they are then not even checked. */
    public boolean mayTryToJoin(String clientKey) {
        return !failedJoins.isSpent(clientKey);
    }

    public void failedJoin(String clientKey) {
        failedJoins.tryTake(clientKey);
    }

    /** Takes one class start from the client's allowance; false if none is left this hour. */
    public boolean tryStartClass(String clientKey) {
        return classStarts.tryTake(clientKey);
    }
}
