package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.guaranteelab.MutableClock;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RepeatedLogLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
    private final RepeatedLogLimit limit = new RepeatedLogLimit();
    private final Logger spring = (Logger) LoggerFactory.getLogger("org.springframework.web.servlet.PageNotFound");

    RepeatedLogLimitTest() {
        limit.setClock(clock);
    }

    @Test
    void a_framework_line_repeated_a_thousand_times_a_minute_is_written_ten_times() {
        var replies = new ArrayList<FilterReply>();
        for (int i = 0; i < 1000; i++) {
            replies.add(limit.decide(null, spring, Level.WARN, "Request method '{}' is not supported", null, null));
        }

        assertThat(replies.stream().filter(reply -> reply == FilterReply.NEUTRAL)).hasSize(RepeatedLogLimit.LINES_PER_MINUTE);
        assertThat(replies.getLast()).isEqualTo(FilterReply.DENY);
    }

    @Test
    void other_lines_the_next_minute_and_the_apps_own_lines_are_not_held_back() {
        for (int i = 0; i < 100; i++) {
            limit.decide(null, spring, Level.WARN, "Request method '{}' is not supported", null, null);
        }
        var app = (Logger) LoggerFactory.getLogger("org.guaranteelab.backup.DatabaseBackup");

        assertThat(limit.decide(null, spring, Level.WARN, "Another pattern", null, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(limit.decide(null, spring, Level.DEBUG, "Request method '{}' is not supported", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        for (int i = 0; i < 100; i++) {
            assertThat(limit.decide(null, app, Level.INFO, "Backup written", null, null)).isEqualTo(FilterReply.NEUTRAL);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(limit.decide(null, spring, Level.WARN, "Request method '{}' is not supported", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
