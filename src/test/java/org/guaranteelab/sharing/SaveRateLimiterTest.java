package org.guaranteelab.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.guaranteelab.MutableClock;
import org.guaranteelab.base.AllowanceStore;
import org.junit.jupiter.api.Test;

class SaveRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-11T09:00:00Z"));
    private final SaveRateLimiter limiter = new SaveRateLimiter(10, AllowanceStore.inMemory(clock));

    @Test
    void ten_saves_in_a_minute_are_allowed() {
        for (int save = 1; save <= 10; save++) {
            assertThat(limiter.tryAcquire("203.0.113.7")).as("save %d", save).isTrue();
            clock.advance(Duration.ofSeconds(5));
        }
    }

    @Test
    void eleventh_save_in_a_minute_is_refused() {
        saveTenTimes("203.0.113.7");
        clock.advance(Duration.ofSeconds(59));

        assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();
    }

    @Test
    void saves_are_allowed_again_once_the_minute_has_passed() {
        saveTenTimes("203.0.113.7");
        assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();

        clock.advance(Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
    }

    @Test
    void a_refused_client_stays_refused_until_the_minute_is_over_however_often_it_tries() {
        saveTenTimes("203.0.113.7");

        for (int second = 0; second < 59; second++) {
            assertThat(limiter.tryAcquire("203.0.113.7")).as("second %d", second).isFalse();
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void different_clients_have_separate_allowances() {
        saveTenTimes("203.0.113.7");

        assertThat(limiter.tryAcquire("198.51.100.23")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();
    }

    @Test
    void the_number_of_saves_per_minute_is_configurable() {
        var strict = new SaveRateLimiter(3, AllowanceStore.inMemory(clock));

        assertThat(strict.tryAcquire("a")).isTrue();
        assertThat(strict.tryAcquire("a")).isTrue();
        assertThat(strict.tryAcquire("a")).isTrue();
        assertThat(strict.tryAcquire("a")).isFalse();
    }

    @Test
    void a_limit_below_one_save_is_a_configuration_error() {
        assertThatThrownBy(() -> new SaveRateLimiter(0, AllowanceStore.inMemory(clock)))
                .hasMessageContaining("guarantee-lab.sharing.saves-per-minute");
    }

    private void saveTenTimes(String client) {
        for (int save = 1; save <= 10; save++) {
            assertThat(limiter.tryAcquire(client)).as("save %d", save).isTrue();
        }
    }
}
