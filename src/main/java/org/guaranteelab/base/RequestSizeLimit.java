package org.guaranteelab.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code guarantee-lab.max-request-bytes} (1 MB by default) with 413,
 * before anything reads them. Nothing the app receives comes near it (Vaadin's messages are a few
 * kilobytes), so a larger body is a mistake or an attempt to tie up memory.
 * A body of unannounced length (chunked) is read here up to the limit and handed on from memory,
 * so that it is refused before any other code has seen a byte of it.
 */
@Component
// Right after SecurityHeaders, so that a refused request still gets the security headers.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${guarantee-lab.max-request-bytes:1048576}") long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("guarantee-lab.max-request-bytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        var body = readAtMost(request.getInputStream());
        if (body.isEmpty()) {
            refuse(response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body.get()), response);
    }

    /** The whole body, or empty as soon as it turns out to be over the limit. */
    private Optional<byte[]> readAtMost(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + (long) read > maxBytes) {
                return Optional.empty();
            }
            body.write(buffer, 0, read);
        }
        return Optional.of(body.toByteArray());
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"title\":\"Request too large\",\"status\":413,\"detail\":"
                + "\"A request to Guarantee Lab can carry at most " + maxBytes + " bytes.\"}");
    }
}
