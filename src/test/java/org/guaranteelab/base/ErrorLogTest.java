package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import org.guaranteelab.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ErrorLogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
    private final ErrorLog errors = new ErrorLog(clock);
    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorLog.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
        logger.setLevel(null);
    }

    @Test
    void a_failure_is_one_line_with_its_reference_and_no_stack_trace() {
        var failure = new IllegalStateException("outer", new IllegalArgumentException("Relative path cannot contain .."));

        errors.report("3f9a1c2e", 500, "GET /join", failure);

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).isEqualTo("Error 3f9a1c2e: 500 on GET /join: IllegalStateException: "
                    + "outer (caused by IllegalArgumentException: Relative path cannot contain ..)");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void the_same_failure_is_logged_a_few_times_a_minute_then_counted() {
        for (int i = 0; i < 1000; i++) {
            errors.report("r" + i, 500, "GET /", new IllegalStateException("again"));
        }
        errors.report("other", 400, "GET /", null);
        clock.advance(Duration.ofSeconds(61));
        errors.report("later", 500, "GET /", new IllegalStateException("again"));

        assertThat(lines.list).hasSize(ErrorLog.LINES_PER_MINUTE + 2);
        assertThat(lines.list.getLast().getFormattedMessage()).startsWith("Error later:")
                .endsWith("(995 more like it in the minute before were not logged)");
    }
}
