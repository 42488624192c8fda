package org.guaranteelab.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on a request that fails with an exception: 400 when the request itself was
 * malformed (a broken escape, a form body that cannot be decoded, an invalid {@code location}), 500
 * otherwise, both with the app's own page ({@link ErrorAnswer}) and one log line with a reference
 * ({@link ErrorLog}). Without it, the container logged a stack trace for each servlet the request
 * passed through (about 22 KB, issue #22) and answered 500 to bad input.
 */
@Component
// Inside SecurityHeaders and RequestSizeLimit, outside everything else, so that it sees every failure.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ServerErrors extends OncePerRequestFilter {

    /** Exceptions, anywhere in the cause chain, that mean the client sent something malformed. */
    private static final Set<String> CLIENT_MISTAKES = Set.of(
            "org.apache.tomcat.util.http.InvalidParameterException",
            "org.apache.tomcat.util.buf.UDecoder$DecodeException",
            "com.vaadin.flow.router.InvalidLocationException",
            "org.springframework.http.converter.HttpMessageNotReadableException",
            "org.springframework.web.multipart.MultipartException",
            "org.apache.tomcat.util.http.fileupload.impl.InvalidContentTypeException",
            // An address with characters that Tomcat lets through (relaxed-path-chars) but java.net.URI
            // refuses, e.g. "]", when Spring builds the "instance" of a problem answer from it.
            "java.net.URISyntaxException");

    /** Also while the container shows an error page: that dispatch can fail too (a multipart body, say). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (causedBy(failure, Set.of("org.apache.catalina.connector.ClientAbortException"))) {
                // The client went away; there is nobody to answer and nothing wrong with the app.
                return;
            }
            int status = isClientMistake(failure) ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            var reference = ErrorLog.newReference();
            ErrorLog.shared().report(reference, status, request.getMethod() + " " + request.getRequestURI(), failure);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            SecurityHeaders.apply(request, response);
            ErrorAnswer.write(request, response, status, status >= 500 ? reference : null);
        }
    }

    static boolean isClientMistake(Throwable failure) {
        return causedBy(failure, CLIENT_MISTAKES);
    }

    private static boolean causedBy(Throwable failure, Set<String> classNames) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (classNames.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
