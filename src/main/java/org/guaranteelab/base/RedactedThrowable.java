package org.guaranteelab.base;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace converter ({@code %wEx}) with capability tokens taken out
 * ({@link LogRedaction}): exception messages quote request addresses, e.g. Tomcat's "Invalid
 * character found in the request target [/e/…]".
 */
public final class RedactedThrowable extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return LogRedaction.redact(super.throwableProxyToString(proxy));
    }
}
