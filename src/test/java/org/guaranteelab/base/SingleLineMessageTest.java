package org.guaranteelab.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * Line breaks in logged text a visitor controls cannot start a forged log entry. Spring Boot sets up
 * logging from logback-spring.xml for any context, so an empty one does: no app, no server.
 */
@SpringBootTest(classes = SingleLineMessageTest.NoBeans.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class SingleLineMessageTest {

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    @Test
    void line_breaks_in_a_logged_value_are_written_as_escapes(CapturedOutput output) {
        var typed = "nice title\r\n2026-01-01T00:00:00.000Z  INFO 1 --- [main] admin : forged\u2028entry";

        LoggerFactory.getLogger(SingleLineMessageTest.class).warn("Visitor typed {}", typed);

        assertThat(output.getOut()).contains("Visitor typed nice title\\r\\n2026-01-01T00:00:00.000Z  INFO 1 --- "
                + "[main] admin : forged\\u2028entry");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-01-01T00:00:00.000Z"));
    }

    @Test
    void text_without_line_breaks_is_left_alone() {
        assertThat(SingleLineMessage.neutralise("Started in 3.2 s — “quoted” ✓")).isEqualTo("Started in 3.2 s — “quoted” ✓");
        assertThat(SingleLineMessage.neutralise(null)).isNull();
    }
}
