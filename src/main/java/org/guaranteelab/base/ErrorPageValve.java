package org.guaranteelab.base;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error page ("HTTP Status 400 – Bad Request"), which it writes for requests that never
 * reach the app (a raw {@code <} in the address, a request line over 8 KB), replaced with the app's
 * page and the security headers (issue #22). Errors the app reaches go through {@link AppErrorController}.
 *
 * <p>A request Tomcat could not parse gets one line in the log from {@link ErrorLog}, with the reason
 * (e.g. "Invalid character found in the request target [/e/[redacted]/{ ]"). Tomcat's own line for
 * it, the first time after start a stack trace at INFO, is switched off in application.properties.
 */
public class ErrorPageValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (throwable != null) {
            ErrorLog.shared().report(ErrorLog.newReference(), status, "a request the server could not parse", throwable);
        }
        try {
            response.resetBuffer();
            SecurityHeaders.apply(request, response);
            ErrorAnswer.write(request, response, status, null);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile; nothing more to say.
        }
    }

    /** Puts the valve in place of Tomcat's on the host of the app's context. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers((TomcatContextCustomizer) context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ErrorPageValve.class.getName());
                }
            });
        }
    }
}
