package org.guaranteelab.base;

import java.time.Clock;
import java.time.Duration;

/**
 * Where the per-client allowances are kept. One instance keeps them in memory; several instances
 * behind a load balancer share them in PostgreSQL ({@link SharedAllowanceStore}), or a client could
 * get each allowance once per instance (docs/decisions/0011-several-instances.md).
 */
public interface AllowanceStore {

    /**
     * @param name tells this allowance apart from others kept for the same clients, e.g. "saves"
     */
    ClientAllowances allowances(String name, int perWindow, Duration window);

    /**
     * {@code burst} at once, then {@code perWindow} more spread evenly over each window: for crowds
     * that arrive together, such as a class joining from one school address.
     */
    ClientAllowances allowances(String name, int burst, int perWindow, Duration window);

    /** Buckets in this instance's memory only: the default, and what unit tests use. */
    static AllowanceStore inMemory(Clock clock) {
        return new AllowanceStore() {
            @Override
            public ClientAllowances allowances(String name, int perWindow, Duration window) {
                return ClientAllowances.inMemory(ClientAllowances.limit(perWindow, window), window.multipliedBy(2), clock);
            }

            @Override
            public ClientAllowances allowances(String name, int burst, int perWindow, Duration window) {
                // Kept until the bucket would be full again, and a window more.
                var refilled = window.multipliedBy((burst + perWindow - 1) / perWindow + 1);
                return ClientAllowances.inMemory(ClientAllowances.limit(burst, perWindow, window), refilled, clock);
            }
        };
    }
}
