package org.guaranteelab.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * At most {@value #LINES_PER_MINUTE} identical lines a minute from the frameworks and the server
 * (same logger, level and message pattern), e.g. Spring's "Request method 'PUT' is not supported"
 * or Vaadin's "Blocked attempt to access file", which one client could otherwise repeat as fast as
 * it sends requests (issue #22). The next such line after a full minute is preceded by a count of
 * what was left out. The app's own lines are not limited here: its error lines are bounded by
 * {@link ErrorLog}. Installed in logback-spring.xml. (Logback's DuplicateMessageFilter drops a
 * repeated pattern for good rather than per minute, so it would hide a problem that comes back.)
 */
public final class RepeatedLogLimit extends TurboFilter {

    static final int LINES_PER_MINUTE = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_PATTERNS = 1_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || format == null || !level.isGreaterOrEqual(Level.INFO)
                || logger.getName().startsWith("org.guaranteelab.")) {
            return FilterReply.NEUTRAL;
        }
        if (windows.size() > MAX_PATTERNS) {
            windows.clear();
        }
        var now = clock.instant();
        var key = logger.getName() + " " + level + " " + format;
        var window = windows.compute(key, (ignored, current) ->
                current == null || !now.isBefore(current.start.plus(WINDOW)) ? new Window(now, current) : current.count());
        if (window.seen == 1 && window.skippedBefore > 0) {
            LoggerFactory.getLogger(RepeatedLogLimit.class).info("{} more lines like “{}” from {} were left out in "
                    + "the minute before", window.skippedBefore, format.length() > 80 ? format.substring(0, 80) + "…"
                    : format, logger.getName());
        }
        return window.seen > LINES_PER_MINUTE ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private record Window(Instant start, int seen, int skippedBefore) {

        Window(Instant start, Window previous) {
            this(start, 1, previous == null ? 0 : Math.max(0, previous.seen - LINES_PER_MINUTE));
        }

        Window count() {
            return new Window(start, seen == Integer.MAX_VALUE ? seen : seen + 1, skippedBefore);
        }
    }
}
