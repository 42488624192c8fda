package org.guaranteelab.base;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, as the last line of the start-up log, which address to open: a newcomer otherwise has to
 * find the port among Tomcat's lines, and the port may come from {@code PORT} or an argument.
 */
@Component
class StartupAddress {

    private static final Logger log = LoggerFactory.getLogger(StartupAddress.class);

    private final Environment environment;

    StartupAddress(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        var port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // no web server, as in tests on a mock environment
        }
        log.info("Guarantee Lab is running at {}", address(environment.getProperty("server.address"), port,
                environment.getProperty("server.servlet.context-path")));
    }

    static String address(@Nullable String boundAddress, String port, @Nullable String contextPath) {
        var host = boundAddress == null || boundAddress.isBlank() || boundAddress.equals("0.0.0.0")
                || boundAddress.equals("::") ? "localhost" : boundAddress;
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        var path = contextPath == null || contextPath.isBlank() ? "" : contextPath.replaceAll("/+$", "");
        return "http://" + host + ":" + port + path + "/";
    }
}
