package org.guaranteelab.base;

import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the parameters that steer Vaadin before Vaadin sees them, and answers 400 with the app's
 * page when they are not what its own client sends (issue #22: they made 500s, logged stack traces
 * or burned CPU):
 * <ul>
 * <li>The Content-Type, if any, must be one concrete media type.
 * <li>{@code v-r}, the request type, must be one the client sends; any other made Vaadin answer 500.
 * <li>{@code location} and {@code query}, an address the client reports, must be an address Vaadin
 *     accepts ({@code /join?location=%2F..%2F} and {@code query=%25zz} were 500s) and short enough that Vaadin's
 *     query-string parser, whose cost grows with the square of a repeated name, stays cheap.
 * <li>The path must hold no "." or ".." segment.
 * <li>The body of a UIDL request (the client's messages, which carry addresses when the user
 *     navigates) may hold at most {@value #MAX_SEPARATORS} "&amp;" for the same reason.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class FrameworkRequests extends OncePerRequestFilter {

    /**
     * The request types Flow's client sends (ApplicationConstants.REQUEST_TYPE_*), less
     * "webcomponent-resync": the app exports no web components, and the route fuzzing made it a 500.
     */
    static final Set<String> REQUEST_TYPES = Set.of(ApplicationConstants.REQUEST_TYPE_INIT,
            ApplicationConstants.REQUEST_TYPE_UIDL, ApplicationConstants.REQUEST_TYPE_HEARTBEAT,
            ApplicationConstants.REQUEST_TYPE_PUSH, ApplicationConstants.REQUEST_TYPE_TRANSLATION_FILE);
    /** Tomcat's limit of the whole request line (8 KB) bounds a real address already. */
    static final int MAX_ADDRESS_LENGTH = 8192;
    /**
     * Query separators in one address or UIDL message. Far above any real one, and low enough that
     * Vaadin's parser spends milliseconds even if every one repeats the same name.
     */
    static final int MAX_SEPARATORS = 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var problem = checkContentType(request.getContentType());
        if (problem.isPresent()) {
            // Before anything reads a parameter: a form body is decoded by its content type.
            refuse(request, response, problem.get());
            return;
        }
        if (hasDotSegment(request.getRequestURI())) {
            refuse(request, response, "dot segment in the path");
            return;
        }
        var type = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
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
            refuse(request, response, problem.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String problem)
            throws IOException {
        // Read what is left of the body (at most guarantee-lab.max-request-bytes, RequestSizeLimit):
        // Tomcat closes the connection after a 400, and a client still sending would see a broken
        // pipe instead of this answer.
        request.getInputStream().transferTo(OutputStream.nullOutputStream());
        ErrorLog.shared().report(ErrorLog.newReference(), HttpServletResponse.SC_BAD_REQUEST,
                request.getMethod() + " " + request.getRequestURI() + " (" + problem + ")", null);
        ErrorAnswer.write(request, response, HttpServletResponse.SC_BAD_REQUEST, null);
    }

    /**
     * A "." or ".." segment in the address as sent. Browsers resolve them before sending, so only a
     * hand-made request has one; Vaadin's static file server answered it with an empty 400.
     */
    static boolean hasDotSegment(String requestUri) {
        for (var segment : requestUri.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Content-Type that is not one concrete media type ("*&#47;*", "garbage") made Spring's
     * actuator and others throw, which answered 500.
     */
    private static Optional<String> checkContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            var mediaType = MediaType.parseMediaType(contentType);
            return mediaType.isConcrete() ? Optional.empty() : Optional.of("wildcard content type");
        } catch (InvalidMediaTypeException malformed) {
            return Optional.of("malformed content type");
        }
    }

    private static Optional<String> checkAddress(String address, boolean isLocation) {
        if (address == null) {
            return Optional.empty();
        }
        if (address.length() > MAX_ADDRESS_LENGTH || separators(address) > MAX_SEPARATORS) {
            return Optional.of("address too long");
        }
        try {
            // Both as Vaadin reads them; cheap within the bounds above.
            if (isLocation) {
                new Location(address);
            } else {
                QueryParameters.fromString(address);
            }
        } catch (InvalidLocationException | IllegalArgumentException invalid) {
            return Optional.of(isLocation ? "invalid location" : "invalid query");
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
