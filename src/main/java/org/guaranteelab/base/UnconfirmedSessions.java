package org.guaranteelab.base;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the session of a page nobody is looking at for a minute instead of half an hour.
 *
 * <p>Every page is rendered with the first request (eager server load), and its session holds the
 * page until the session expires. Link previews, crawlers and scripts fetch a page and never come
 * back, and a shared link can draw thousands of them. A browser that shows the page talks back at
 * once (Vaadin's client sends its first message as soon as it starts) and every few minutes after
 * (heartbeats): from its first message on, the session gets the configured timeout
 * ({@code server.servlet.session.timeout}); until then, {@code guarantee-lab.unconfirmed-session}.
 */
@Component
class UnconfirmedSessions implements VaadinServiceInitListener {

    private final int unconfirmedSeconds;
    private final int confirmedSeconds;

    UnconfirmedSessions(@Value("${guarantee-lab.unconfirmed-session:60s}") Duration unconfirmed,
                        @Value("${server.servlet.session.timeout:30m}") Duration confirmed) {
        this.confirmedSeconds = (int) confirmed.toSeconds();
        this.unconfirmedSeconds = (int) Math.min(unconfirmed.toSeconds(), confirmedSeconds);
        if (unconfirmedSeconds < 1) {
            throw new IllegalArgumentException("guarantee-lab.unconfirmed-session must be at least 1 s, was " + unconfirmed);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().getSession()
                .setMaxInactiveInterval(unconfirmedSeconds));
        event.addRequestHandler((session, request, response) -> {
            if (HandlerHelper.isRequestType(request, RequestType.UIDL)
                    || HandlerHelper.isRequestType(request, RequestType.HEARTBEAT)) {
                var wrapped = session.getSession();
                if (wrapped != null && wrapped.getMaxInactiveInterval() != confirmedSeconds) {
                    wrapped.setMaxInactiveInterval(confirmedSeconds);
                }
            }
            return false;
        });
    }
}
