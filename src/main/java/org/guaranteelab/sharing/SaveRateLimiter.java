package org.guaranteelab.sharing;

import java.time.Duration;
import org.guaranteelab.base.AllowanceStore;
import org.guaranteelab.base.ClientAllowances;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client may save scenarios ({@code guarantee-lab.sharing.saves-per-minute},
 * 10 by default), so that a script cannot fill the database. A whole class saving at once stays
 * well within it: the limit is per client, keyed by {@link org.guaranteelab.base.ClientKeys}, and
 * holds across instances on PostgreSQL ({@link AllowanceStore}).
 */
@Component
public class SaveRateLimiter {

    private final ClientAllowances saves;

    SaveRateLimiter(@Value("${guarantee-lab.sharing.saves-per-minute:10}") int savesPerMinute,
                    AllowanceStore store) {
        if (savesPerMinute < 1) {
            throw new IllegalArgumentException("guarantee-lab.sharing.saves-per-minute must be at least 1, was "
                    + savesPerMinute);
        }
        this.saves = store.allowances("saves", savesPerMinute, Duration.ofMinutes(1));
    }

    /** Takes one save from the client's allowance; false if it has none left this minute. */
    public boolean tryAcquire(String clientKey) {
        return saves.tryTake(clientKey);
    }
}
