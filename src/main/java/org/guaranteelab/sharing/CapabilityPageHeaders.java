package org.guaranteelab.sharing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages whose address is the key to a scenario or a class must not be indexed by search engines if a
 * link ever leaks, nor kept in a cache. (That they send no Referer is true of every page: base.SecurityHeaders.)
 */
@Component
class CapabilityPageHeaders extends OncePerRequestFilter {

    /** View, edit, class board (/t), student (/c) and remix links, and the API that answers for view links. */
    private static final List<String> CAPABILITY_PREFIXES = List.of("/s", "/e", "/t", "/c", "/remix", "/api/scenarios");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isCapabilityPath(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // Not kept by the browser or any cache between: whoever uses the machine or proxy next must not
        // find the page of someone else's link (issue #22: only /s/ and the exports said so).
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new NoStore(response));
    }

    /** Keeps "no-store" when Vaadin's bootstrap or a controller sets a Cache-Control of its own. */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isCacheControl(name) ? "no-store" : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                super.setHeader(name, "no-store");
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            super.setHeader("X-Robots-Tag", "noindex, nofollow");
            super.setHeader("Cache-Control", "no-store");
        }

        private static boolean isCacheControl(String name) {
            return "Cache-Control".equalsIgnoreCase(name);
        }
    }

    /** Decoded and normalised by the container, so /%73/… and /x/../s/… count as /s/…. */
    private static boolean isCapabilityPath(HttpServletRequest request) {
        var path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        return CAPABILITY_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
