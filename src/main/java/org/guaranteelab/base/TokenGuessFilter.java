package org.guaranteelab.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to a client that tried too many unknown links this minute ({@link TokenGuessLimiter}),
 * before any lookup: a short page for the link pages, problem JSON for the API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TokenGuessFilter extends OncePerRequestFilter {

    /** Share links, then the classroom's board and student links. */
    private static final List<String> TOKEN_PREFIXES = List.of("/s/", "/e/", "/remix/", "/api/scenarios/", "/t/", "/c/");
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Too many unknown links · Guarantee Lab</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
            <h1>Too many unknown links</h1>
            <p>Many links opened from your network in the last minute led nowhere. Please check the link you
            were given, and try again in a minute.</p>
            <p><a href="/">Go to the scenario builder</a></p>
            </body></html>
            """;

    private final TokenGuessLimiter limiter;

    TokenGuessFilter(TokenGuessLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        if (TOKEN_PREFIXES.stream().noneMatch(path::startsWith) || !limiter.isBlocked(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Too many unknown links\",\"status\":429,\"detail\":"
                    + "\"Many links requested from your network in the last minute led nowhere. Try again in a minute.\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write(PAGE);
        }
    }
}
