package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.guaranteelab.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class TokenGuessLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-11T09:00:00Z"));
    private final TokenGuessLimiter limiter = new TokenGuessLimiter(5, AllowanceStore.inMemory(clock), new ClientKeys(""));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_client_is_blocked_after_its_misses_for_the_minute() {
        missFrom("203.0.113.7", 4);
        assertThat(limiter.isBlocked(request("203.0.113.7"))).isFalse();

        missFrom("203.0.113.7", 1);

        assertThat(limiter.isBlocked(request("203.0.113.7"))).isTrue();
        assertThat(limiter.isBlocked(request("203.0.113.8"))).as("another client").isFalse();
    }

    @Test
    void a_forged_forwarded_for_does_not_give_a_fresh_allowance() {
        missFrom("203.0.113.7", 5);
        var forged = request("203.0.113.7");
        forged.addHeader("X-Forwarded-For", "198.51.100.1");

        assertThat(limiter.isBlocked(forged)).isTrue();
    }

    @Test
    void the_client_may_try_again_once_the_minute_has_passed() {
        missFrom("203.0.113.7", 5);
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.isBlocked(request("203.0.113.7"))).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(limiter.isBlocked(request("203.0.113.7"))).isFalse();
    }

    @Test
    void several_lookups_in_one_request_count_as_one_miss() {
        serving(request("203.0.113.7"));
        for (int i = 0; i < 10; i++) {
            limiter.countMiss();
        }

        assertThat(limiter.currentClientIsBlocked()).isFalse();
    }

    @Test
    void lookups_outside_a_request_are_not_counted() {
        for (int i = 0; i < 10; i++) {
            limiter.countMiss();
        }

        assertThat(limiter.currentClientIsBlocked()).isFalse();
    }

    @Test
    void the_limit_must_allow_at_least_one_miss() {
        assertThatThrownBy(() -> new TokenGuessLimiter(0, AllowanceStore.inMemory(clock), new ClientKeys("")))
                .hasMessageContaining("failed-lookups-per-minute");
    }

    private void missFrom(String address, int times) {
        for (int i = 0; i < times; i++) {
            serving(request(address));
            limiter.countMiss();
        }
    }

    private static void serving(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static MockHttpServletRequest request(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
