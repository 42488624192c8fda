package org.guaranteelab.authoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A published user case is unlisted: its pages ({@code /cases/case-…}) ask search engines not to
 * index them, so that only people given the link find it. The editor's private link
 * ({@code /write/…}) is also kept out of every cache.
 */
@Component
class AuthoringPageHeaders extends OncePerRequestFilter {

    private static final Pattern USER_CASE = Pattern.compile("/cases/case-[a-z0-9]+(/.*)?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        if (path.startsWith("/write/")) {
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            response.setHeader("Cache-Control", "no-store");
        } else if (USER_CASE.matcher(path).matches()) {
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        }
        chain.doFilter(request, response);
    }
}
