package org.guaranteelab.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * So many of something per client (keyed by {@link ClientKeys}) in each window of time, kept in memory
 * only: a Bucket4j bucket per client in a bounded Caffeine cache. The features' rate limits (saves,
 * guessed links, wrong join codes, new classes) are each one of these.
 */
public final class ClientAllowances {

    private static final long MAX_CLIENTS = 100_000;

    private final LoadingCache<String, Bucket> buckets;

    /** @param clock read by both Bucket4j and Caffeine, so that tests (and only tests) can move time */
    public ClientAllowances(int perWindow, Duration window, Clock clock) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("an allowance must be at least 1 per window, was " + perWindow);
        }
        var time = new ClockTime(clock);
        var limit = Bandwidth.builder().capacity(perWindow).refillIntervally(perWindow, window).build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                // Longer than the window, so a client that used up its allowance is not forgotten early.
                .expireAfterAccess(window.multipliedBy(2))
                .ticker(time::currentTimeNanos)
                .build(clientKey -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
    }

    /** Takes one from the client's allowance; false if none is left in this window. */
    public boolean tryTake(String clientKey) {
        return buckets.get(clientKey).tryConsume(1);
    }

    /** Whether the client has used up its allowance for this window. */
    public boolean isSpent(String clientKey) {
        return buckets.get(clientKey).getAvailableTokens() <= 0;
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
