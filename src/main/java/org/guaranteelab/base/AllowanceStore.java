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

    /** Buckets in this instance's memory only: the default, and what unit tests use. */
    static AllowanceStore inMemory(Clock clock) {
        return (name, perWindow, window) -> ClientAllowances.inMemory(perWindow, window, clock);
    }
}
