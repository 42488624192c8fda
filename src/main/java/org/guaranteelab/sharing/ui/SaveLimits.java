package org.guaranteelab.sharing.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.guaranteelab.base.ClientKeys;
import org.guaranteelab.sharing.SaveRateLimiter;
import org.springframework.stereotype.Component;

/** Applies the per-client save limit to the client of the current Vaadin request. */
@Component
class SaveLimits {

    private final SaveRateLimiter limiter;
    private final ClientKeys clientKeys;

    SaveLimits(SaveRateLimiter limiter, ClientKeys clientKeys) {
        this.limiter = limiter;
        this.clientKeys = clientKeys;
    }

    boolean allowsAnotherSave() {
        var request = VaadinServletRequest.getCurrent();
        return limiter.tryAcquire(request == null ? "unknown" : clientKeys.of(request.getHttpServletRequest()));
    }
}
