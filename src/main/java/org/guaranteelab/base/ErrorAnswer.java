package org.guaranteelab.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The app's own answer to a request that fails outside its views: a short page in the app's words
 * for people, RFC 9457 problem JSON for the API and for scripts that ask for JSON. Used wherever a
 * framework or the server would otherwise show its own page (Spring's "Whitelabel Error Page",
 * Tomcat's "HTTP Status 400"): the error controller, {@link ServerErrors} and {@link ErrorPageValve}.
 * Nothing of the request is echoed back, so there is nothing to escape.
 */
public final class ErrorAnswer {

    /** What the person sees: a heading and one paragraph. */
    record Wording(String title, String explanation) {
    }

    private ErrorAnswer() {
    }

    static Wording wording(int status) {
        return switch (status) {
            case 400 -> new Wording("This address is not understood",
                    "The address or the request is malformed, for example a “%” that is not followed by two "
                            + "hexadecimal digits. Please check the link you were given.");
            case 404 -> new Wording("Page not found", "There is nothing at this address. The link may be mistyped, "
                    + "or what it pointed to may have been removed.");
            case 405 -> new Wording("Not possible here", "This address cannot be used this way.");
            case 406, 415 -> new Wording("Format not supported", "This address does not answer in, or accept, "
                    + "the format the request asked for.");
            case 413 -> new Wording("Request too large", "The request carried more than Guarantee Lab accepts.");
            case 414, 431 -> new Wording("Address too long", "The address or the request's headers are longer than "
                    + "Guarantee Lab accepts. A scenario's address is a few hundred characters.");
            case 429 -> new Wording("Too many requests", "Please wait a minute and try again.");
            default -> status >= 500
                    ? new Wording("Something went wrong", "This page could not be shown because of an error on our "
                    + "side. Nothing you saved is lost. Please try again in a moment.")
                    : new Wording("Request not understood", "Guarantee Lab could not answer this request.");
        };
    }

    /** Whether the answer should be problem JSON rather than a page. */
    static boolean wantsJson(HttpServletRequest request) {
        var path = Objects.requireNonNullElse(request.getRequestURI(), "");
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return true;
        }
        var accept = Objects.requireNonNullElse(request.getHeader("Accept"), "");
        return accept.contains("json") && !accept.contains("text/html");
    }

    /** Writes the whole answer; the caller has checked that the response is not committed. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String reference)
            throws IOException {
        write(request, response, status, wording(status), reference);
    }

    /**
     * The app's own answer in a feature's words, page or problem JSON as the request wants, for a
     * failure the feature understands (e.g. 410 for a case no longer published).
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String explanation) throws IOException {
        response.resetBuffer();
        write(request, response, status, new Wording(title, explanation), null);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, Wording wording,
                              String reference) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store");
        var referenceLine = reference == null ? "" : "Error reference: " + reference;
        if (wantsJson(request)) {
            response.setContentType("application/problem+json");
            response.getWriter().write(problemJson(status, wording, reference));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(status, wording, referenceLine));
        }
    }

    static String problemJson(int status, Wording wording, String reference) {
        return "{\"title\":\"" + wording.title() + "\",\"status\":" + status + ",\"detail\":\""
                + wording.explanation().replace("“", "'").replace("”", "'") + "\""
                + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + "}";
    }

    static String page(int status, Wording wording, String referenceLine) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Guarantee Lab</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
                <main class="error-page" data-status="%d">
                <h1>%s</h1>
                <p>%s</p>
                %s
                <p><a href="/">Go to the scenario builder</a></p>
                </main>
                </body></html>
                """.formatted(wording.title(), status, wording.title(), wording.explanation(),
                referenceLine.isEmpty() ? "" : "<p>" + referenceLine + "</p>");
    }
}
