package org.guaranteelab.base;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.jspecify.annotations.Nullable;

/**
 * The log message with its line breaks written as {@code \r} and {@code \n}, so that text a visitor
 * sends (an address, a header, a form field) that ends up in a log message cannot start a line of
 * its own and pass for another log entry. Replaces logback's {@code %m}/{@code %msg}/{@code %message}
 * in every pattern of the app (src/main/resources/logback-spring.xml), so Spring Boot's own console
 * and file patterns stay as they are. Capability tokens are taken out first ({@link LogRedaction}). Stack traces are written by a separate converter, unchanged.
 */
public final class SingleLineMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return neutralise(LogRedaction.redact(super.convert(event)));
    }

    static @Nullable String neutralise(@Nullable String message) {
        if (message == null) {
            return null;
        }
        var single = new StringBuilder(message.length());
        message.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '\r' -> single.append("\\r");
                case '\n' -> single.append("\\n");
                case 0x85, 0x2028, 0x2029 -> single.append(String.format("\\u%04x", codePoint));
                default -> single.appendCodePoint(codePoint);
            }
        });
        return single.toString();
    }
}
