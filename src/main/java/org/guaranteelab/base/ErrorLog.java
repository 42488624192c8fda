package org.guaranteelab.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per failed request, with a reference that the error page shows too, instead of a
 * stack trace of some 22 KB (issue #22: one client could add 6.5 MB a second). The same failure
 * (same status and exception type) is written at most {@value #LINES_PER_MINUTE} times a minute;
 * the next line after a quiet spell says how many were left out. The stack trace is logged at
 * DEBUG under the same reference, for when a developer needs it
 * ({@code logging.level.org.guaranteelab.base.ErrorLog=DEBUG}).
 */
public final class ErrorLog {

    static final int LINES_PER_MINUTE = 5;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Distinct failures tracked at once; beyond it the table starts afresh (it only bounds logging). */
    private static final int MAX_KINDS = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ErrorLog.class);
    private static final ErrorLog SHARED = new ErrorLog(Clock.systemUTC());

    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    ErrorLog(Clock clock) {
        this.clock = clock;
    }

    /** The one shared by the filters, the error controller and the error view. */
    public static ErrorLog shared() {
        return SHARED;
    }

    /** A new reference for the user to quote, e.g. "3f9a1c2e". */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Logs one line for a request that failed with {@code status}, e.g. "Error 3f9a1c2e: 500 on GET
     * /join: IllegalStateException: …". Returns whether the line was written (false: rate-limited).
     */
    public boolean report(String reference, int status, String what, Throwable failure) {
        var kind = status + " " + (failure == null ? "-" : failure.getClass().getName());
        if (windows.size() > MAX_KINDS) {
            windows.clear();
        }
        var now = clock.instant();
        var window = windows.compute(kind, (key, current) ->
                current == null || !now.isBefore(current.start.plus(WINDOW)) ? new Window(now, current) : current.count());
        if (window.seen > LINES_PER_MINUTE) {
            return false;
        }
        var cause = failure == null ? "" : ": " + summary(failure);
        var skipped = window.skippedBefore > 0 ? " (" + window.skippedBefore + " more like it in the minute before were not logged)" : "";
        if (status >= 500) {
            log.error("Error {}: {} on {}{}{}", reference, status, what, cause, skipped);
        } else {
            log.warn("Refused {}: {} on {}{}{}", reference, status, what, cause, skipped);
        }
        if (failure != null) {
            log.debug("Error {} in full", reference, failure);
        }
        return true;
    }

    /** The exception's type and message and those of its root cause, shortened. */
    static String summary(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var text = describe(failure) + (root == failure ? "" : " (caused by " + describe(root) + ")");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String describe(Throwable failure) {
        var message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static final class Window {
        final Instant start;
        final int seen;
        final int skippedBefore;

        Window(Instant start, Window previous) {
            this(start, 1, previous == null ? 0 : Math.max(0, previous.seen - LINES_PER_MINUTE));
        }

        private Window(Instant start, int seen, int skippedBefore) {
            this.start = start;
            this.seen = seen;
            this.skippedBefore = skippedBefore;
        }

        Window count() {
            return new Window(start, seen == Integer.MAX_VALUE ? seen : seen + 1, skippedBefore);
        }
    }
}
