package org.guaranteelab.base;

import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the parameters that steer Vaadin before Vaadin sees them, and answers 400 with the app's
 * page when they are not what its own client sends (issue #22: they made 500s, logged stack traces
 * or burned CPU):
 * <ul>
 * <li>{@code v-r}, the request type, must be one the client sends; any other made Vaadin answer 500.
 * <li>{@code location} and {@code query}, an address the client reports, must be an address Vaadin
 *     accepts ({@code /join?location=%2F..%2F} was a 500) and short enough that Vaadin's
 *     query-string parser, whose cost grows with the square of a repeated name, stays cheap.
 * <li>The body of a UIDL request (the client's messages, which carry addresses when the user
 *     navigates) may hold at most {@value #MAX_SEPARATORS} "&amp;" for the same reason.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class FrameworkRequests extends OncePerRequestFilter {

    /** The request types Flow's client sends (ApplicationConstants.REQUEST_TYPE_*). */
    static final Set<String> REQUEST_TYPES = Set.of(ApplicationConstants.REQUEST_TYPE_INIT,
            ApplicationConstants.REQUEST_TYPE_UIDL, ApplicationConstants.REQUEST_TYPE_HEARTBEAT,
            ApplicationConstants.REQUEST_TYPE_PUSH, ApplicationConstants.REQUEST_TYPE_WEBCOMPONENT_RESYNC,
            ApplicationConstants.REQUEST_TYPE_TRANSLATION_FILE);
    /** Tomcat's limit of the whole request line (8 KB) bounds a real address already. */
    static final int MAX_ADDRESS_LENGTH = 8192;
    /**
     * Query separators in one address or UIDL message. Far above any real one, and low enough that
     * Vaadin's parser spends milliseconds even if every one repeats the same name.
     */
    static final int MAX_SEPARATORS = 4096;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        var problem = Optional.<String>empty();
        if (type != null && !REQUEST_TYPES.contains(type)) {
            problem = Optional.of("unknown request type");
        }
        if (problem.isEmpty()) {
            var query = request.getParameter(ApplicationConstants.REQUEST_QUERY_PARAMETER);
            problem = checkAddress(request.getParameter(ApplicationConstants.REQUEST_LOCATION_PARAMETER), true)
                    .or(() -> checkAddress(query, false));
        }
        if (problem.isEmpty() && ApplicationConstants.REQUEST_TYPE_UIDL.equals(type)
                && "POST".equals(request.getMethod())) {
            var body = request.getInputStream().readAllBytes();
            if (separators(body) > MAX_SEPARATORS) {
                problem = Optional.of("message with too many query separators");
            }
            request = new BufferedBody(request, body);
        }
        if (problem.isPresent()) {
            ErrorLog.shared().report(ErrorLog.newReference(), HttpServletResponse.SC_BAD_REQUEST,
                    request.getMethod() + " " + request.getRequestURI() + " (" + problem.get() + ")", null);
            ErrorAnswer.write(request, response, HttpServletResponse.SC_BAD_REQUEST, null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> checkAddress(String address, boolean isLocation) {
        if (address == null) {
            return Optional.empty();
        }
        if (address.length() > MAX_ADDRESS_LENGTH || separators(address) > MAX_SEPARATORS) {
            return Optional.of("address too long");
        }
        if (isLocation) {
            try {
                new Location(address);
            } catch (InvalidLocationException | IllegalArgumentException invalid) {
                return Optional.of("invalid location");
            }
        }
        return Optional.empty();
    }

    private static long separators(String text) {
        return text.chars().filter(c -> c == '&').count();
    }

    /** "&" as it is written in the body, and as JSON may escape it. */
    private static long separators(byte[] body) {
        long count = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '&') {
                count++;
            } else if (body[i] == '\\' && i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0'
                    && body[i + 3] == '0' && body[i + 4] == '2' && body[i + 5] == '6') {
                count++;
            }
        }
        return count;
    }
}
