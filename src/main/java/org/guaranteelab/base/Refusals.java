package org.guaranteelab.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A request refused by one of base's filters before the app sees it: problem JSON, and the connection ends. */
final class Refusals {

    private Refusals() {
    }

    /** {@code title} and {@code detail} are the app's own constant wording, never the client's text. */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        // What the client still sends (a body, a next request) is not read: the connection cannot go on.
        response.setHeader("Connection", "close");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
