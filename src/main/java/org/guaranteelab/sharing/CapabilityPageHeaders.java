package org.guaranteelab.sharing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages whose address is the key to a scenario must not be indexed by search engines if a link ever
 * leaks. (That they send no Referer is true of every page: base.SecurityHeaders.)
 */
@Component
class CapabilityPageHeaders extends OncePerRequestFilter {

    /** View, edit, class board (/t), student (/c) and remix links, and the API that answers for view links. */
    private static final List<String> CAPABILITY_PREFIXES = List.of("/s", "/e", "/t", "/c", "/remix", "/api/scenarios");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCapabilityPath(request)) {
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        }
        chain.doFilter(request, response);
    }

    /** Decoded and normalised by the container, so /%73/… and /x/../s/… count as /s/…. */
    private static boolean isCapabilityPath(HttpServletRequest request) {
        var path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        return CAPABILITY_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
