package org.guaranteelab.classroom;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Per-client limits, keyed by {@link org.guaranteelab.base.ClientKeys} and kept in memory only (the
 * database never sees an address): wrong join codes per minute, so that codes cannot be guessed, and
 * classes started per hour, so that a script cannot fill the database. Right codes are not limited:
 * a whole class often joins from one school address. Same pattern as sharing's SaveRateLimiter.
 */
@Component
public class ClassroomRateLimits {

    private static final long MAX_CLIENTS = 100_000;

    private final LoadingCache<String, Bucket> failedJoins;
    private final LoadingCache<String, Bucket> classStarts;

    ClassroomRateLimits(ClassroomSettings settings, Clock clock) {
        var time = new ClockTime(clock);
        this.failedJoins = buckets(settings.failedJoinsPerMinute(), Duration.ofMinutes(1), time);
        this.classStarts = buckets(settings.classesPerHour(), Duration.ofHours(1), time);
    }

    /** False while the client has used up its wrong codes for this minute; they are then not even checked. */
    public boolean mayTryToJoin(String clientKey) {
        return failedJoins.get(clientKey).getAvailableTokens() > 0;
    }

    public void failedJoin(String clientKey) {
        failedJoins.get(clientKey).tryConsume(1);
    }

    /** Takes one class start from the client's allowance; false if none is left this hour. */
    public boolean tryStartClass(String clientKey) {
        return classStarts.get(clientKey).tryConsume(1);
    }

    private static LoadingCache<String, Bucket> buckets(int capacity, Duration window, ClockTime time) {
        var limit = Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build();
        return Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                // Longer than the window, so a client that used up its allowance is not forgotten early.
                .expireAfterAccess(window.multipliedBy(2))
                .ticker(time::currentTimeNanos)
                .build(clientKey -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
    }

    /** Bucket4j and Caffeine read the injected clock, so tests can move time. */
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
