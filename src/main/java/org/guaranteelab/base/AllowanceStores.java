package org.guaranteelab.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * In memory unless the app runs on PostgreSQL, where {@link SharedAllowanceStore} takes over (and
 * purges its expired rows on a schedule).
 */
@Configuration
@EnableScheduling
class AllowanceStores {

    @Bean
    @Profile("!postgres")
    AllowanceStore inMemoryAllowances(Clock clock) {
        return AllowanceStore.inMemory(clock);
    }
}
