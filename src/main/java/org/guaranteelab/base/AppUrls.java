package org.guaranteelab.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** Absolute addresses of the app's pages, for links people copy, scan or paste elsewhere. */
public final class AppUrls {

    private AppUrls() {
    }

    /** {@code path} relative to the app root, e.g. "s/abc". Uses the address the browser used. */
    public static String absolute(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            var servlet = request.getHttpServletRequest();
            var port = servlet.getServerPort();
            var defaultPort = ("http".equals(servlet.getScheme()) && port == 80)
                    || ("https".equals(servlet.getScheme()) && port == 443);
            return servlet.getScheme() + "://" + servlet.getServerName() + (defaultPort ? "" : ":" + port)
                    + servlet.getContextPath() + "/" + path;
        }
        return "/" + path;
    }
}
