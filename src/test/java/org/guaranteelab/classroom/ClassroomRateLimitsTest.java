package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.guaranteelab.MutableClock;
import org.guaranteelab.base.AllowanceStore;
import org.junit.jupiter.api.Test;

class ClassroomRateLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-11T09:00:00Z"));
    private final ClassroomRateLimits limits = new ClassroomRateLimits(
            new ClassroomSettings(300, 2000, Duration.ofDays(30), 3, 2), AllowanceStore.inMemory(clock));

    @Test
    void wrong_codes_block_a_client_for_the_rest_of_the_minute_without_blocking_others() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.mayTryToJoin("10.0.0.1")).isTrue();
            limits.failedJoin("10.0.0.1");
        }

        assertThat(limits.mayTryToJoin("10.0.0.1")).isFalse();
        assertThat(limits.mayTryToJoin("10.0.0.2")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.mayTryToJoin("10.0.0.1")).isTrue();
    }

    @Test
    void class_starts_are_limited_per_hour() {
        assertThat(limits.tryStartClass("10.0.0.1")).isTrue();
        assertThat(limits.tryStartClass("10.0.0.1")).isTrue();
        assertThat(limits.tryStartClass("10.0.0.1")).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(limits.tryStartClass("10.0.0.1")).isTrue();
    }
}
