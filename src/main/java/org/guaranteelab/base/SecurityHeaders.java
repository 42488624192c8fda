package org.guaranteelab.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: pages, share links, API answers, static files and errors
 * (they are set before anything else runs, so a 404, 413 or 500 carries them too).
 *
 * <p>The Content-Security-Policy is as tight as Vaadin Flow allows. Flow needs
 * {@code script-src 'unsafe-inline' 'unsafe-eval'} (the bootstrap page starts the client engine
 * with an inline script, and the engine turns the expressions of {@code executeJs} into functions)
 * and {@code style-src 'unsafe-inline'} (the bootstrap page and the web components inline styles):
 * https://vaadin.com/docs/latest/flow/security/advanced-topics/frequent-issues. Everything else is
 * limited to this origin: scripts, styles, fonts, and XHR/WebSocket for server round trips and push
 * ({@code connect-src 'self'} covers same-origin ws:/wss: in CSP level 3). Images may also be
 * {@code data:}, for the QR codes drawn as inline SVG.
 *
 * <p>{@code base-uri 'self'} rather than {@code 'none'}: Vaadin's bootstrap page declares
 * {@code <base href="./..">} so that relative links and stylesheets resolve from the app root on
 * nested addresses such as /s/{token}/2; {@code 'none'} would make the browser ignore it and break
 * every page below the root. {@code 'self'} still stops injected markup from pointing the page's
 * relative URLs at another site, which is what the directive protects against.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    /** A year, the usual value; no includeSubDomains, since the app does not know its neighbours. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also for answers written after a reset of the response (ServerErrors). */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Every page, not only capability links: any page can hold a link to one, and the app has no
        // use for knowing where its visitors came from either.
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            // Only over TLS (browsers ignore it over plain HTTP anyway); behind a proxy that ends TLS,
            // isSecure() comes from X-Forwarded-Proto of a trusted proxy (docs/deployment.md).
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
