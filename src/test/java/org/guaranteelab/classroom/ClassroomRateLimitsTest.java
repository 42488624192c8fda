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
            TestSettings.failedJoinsAndStarts(3, 2), AllowanceStore.inMemory(clock));

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

    @Test
    void a_class_of_300_behind_one_school_address_joins_within_four_minutes() {
        var defaults = new ClassroomRateLimits(TestSettings.defaults(), AllowanceStore.inMemory(clock));
        var joined = 0;
        for (int second = 0; second <= 4 * 60 && joined < 300; second++) {
            // Five students a second try at once, as a room does when the code goes up.
            for (int student = 0; student < 5; student++) {
                if (defaults.tryJoinFrom("192.0.2.1")) {
                    joined++;
                }
            }
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(joined).isEqualTo(300);
        assertThat(defaults.tryJoinFrom("192.0.2.2")).as("another address").isTrue();
    }

    @Test
    void a_client_joins_at_most_its_burst_at_once_then_fifty_a_minute() {
        var defaults = new ClassroomRateLimits(TestSettings.defaults(), AllowanceStore.inMemory(clock));
        var joined = 0;
        while (defaults.tryJoinFrom("192.0.2.1")) {
            joined++;
        }
        clock.advance(Duration.ofMinutes(1));
        var aMinuteLater = 0;
        while (defaults.tryJoinFrom("192.0.2.1")) {
            aMinuteLater++;
        }

        assertThat(joined).isEqualTo(100);
        assertThat(aMinuteLater).isEqualTo(50);
    }
}
