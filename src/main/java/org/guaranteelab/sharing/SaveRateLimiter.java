package org.guaranteelab.sharing;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client may save scenarios ({@code guarantee-lab.sharing.saves-per-minute},
 * 10 by default), so that a script cannot fill the database. A whole class saving at once stays
 * well within it: the limit is per client, keyed by {@link org.guaranteelab.base.ClientKeys}.
 */
@Component
public class SaveRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Longer than the window, so a client that used up its saves is not forgotten before they come back. */
    private static final Duration FORGET_IDLE_AFTER = WINDOW.multipliedBy(2);
    private static final long MAX_CLIENTS = 100_000;

    private final LoadingCache<String, Bucket> buckets;

    SaveRateLimiter(@Value("${guarantee-lab.sharing.saves-per-minute:10}") int savesPerMinute, Clock clock) {
        if (savesPerMinute < 1) {
            throw new IllegalArgumentException("guarantee-lab.sharing.saves-per-minute must be at least 1, was "
                    + savesPerMinute);
        }
        var time = new ClockTime(clock);
        var limit = Bandwidth.builder().capacity(savesPerMinute).refillIntervally(savesPerMinute, WINDOW).build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(FORGET_IDLE_AFTER)
                .ticker(time::currentTimeNanos)
                .build(clientKey -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
    }

    /** Takes one save from the client's allowance; false if it has none left this minute. */
    public boolean tryAcquire(String clientKey) {
        return buckets.get(clientKey).tryConsume(1);
    }

    /** Bucket4j and Caffeine read the injected clock, so tests (and only tests) can move time. */
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
