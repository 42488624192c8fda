package org.guaranteelab.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * So many of something per client (keyed by {@link ClientKeys}) in each window of time: a Bucket4j
 * bucket per client. The features' rate limits (saves, guessed links, wrong join codes, new classes)
 * are each one of these, made by the {@link AllowanceStore}: in this instance's memory by default, in
 * PostgreSQL shared by all instances under the {@code postgres} profile.
 */
public final class ClientAllowances {

    private static final long MAX_CLIENTS = 100_000;

    private final Function<String, Bucket> buckets;

    ClientAllowances(Function<String, Bucket> buckets) {
        this.buckets = buckets;
    }

    /**
     * Buckets in a bounded Caffeine cache of this instance.
     *
     * @param forgetAfter how long a client's bucket is kept unused: longer than it takes to refill, so
     *                    that a client that used up its allowance is not forgotten early
     * @param clock read by both Bucket4j and Caffeine, so that tests (and only tests) can move time
     */
    static ClientAllowances inMemory(Bandwidth limit, Duration forgetAfter, Clock clock) {
        var time = timeOf(clock);
        var cache = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(forgetAfter)
                .ticker(time::currentTimeNanos)
                .<String, Bucket>build(clientKey -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
        return new ClientAllowances(cache::get);
    }

    static Bandwidth limit(int perWindow, Duration window) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("an allowance must be at least 1 per window, was " + perWindow);
        }
        return Bandwidth.builder().capacity(perWindow).refillIntervally(perWindow, window).build();
    }

    /** {@code burst} at once, refilled by {@code perWindow} spread evenly over each window. */
    static Bandwidth limit(int burst, int perWindow, Duration window) {
        if (burst < 1 || perWindow < 1) {
            throw new IllegalArgumentException("an allowance must be at least 1, was " + burst + " and " + perWindow
                    + " per window");
        }
        return Bandwidth.builder().capacity(burst).refillGreedy(perWindow, window).build();
    }

    static TimeMeter timeOf(Clock clock) {
        return new ClockTime(clock);
    }

    /** Takes one from the client's allowance; false if none is left in this window. */
    public boolean tryTake(String clientKey) {
        return buckets.apply(clientKey).tryConsume(1);
    }

    /** Whether the client has used up its allowance for this window. */
    public boolean isSpent(String clientKey) {
        return buckets.apply(clientKey).getAvailableTokens() <= 0;
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
