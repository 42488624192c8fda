package org.guaranteelab.authoring.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.guaranteelab.base.ClientKeys;

/** The key of the client of the request being handled, for the per-client limit on new cases. */
final class ClientKey {

    private ClientKey() {
    }

    static String current(ClientKeys keys) {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? "unknown" : keys.of(request.getHttpServletRequest());
    }
}
