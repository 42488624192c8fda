package org.guaranteelab.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * At most {@code guarantee-lab.max-push-connections-per-client} push connections ({@code /VAADIN/push})
 * per client at once, 300 by default (issue #22). {@link PushGate} admits a push request here once it
 * has checked that the request is for an open page; a client at its cap gets 429. Each open page costs
 * the server a UI and a push connection, so without this one client could fill its whole connection
 * allowance ({@link ClientConnectionLimit}) with pages kept open by script. The default leaves most of
 * that allowance (1,000) to the pages' other requests and still fits a school behind one address.
 *
 * <p>Counted per connection, by Tomcat's connection id: a long poll is released when its request
 * ends, a WebSocket when its connection closes, which {@link ClientCappedNioProtocol} reports whatever
 * closes it (the client, a timeout, Vaadin closing a UI's previous push connection).
 */
@Component
class PushConnectionLimit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final OpenPerClient<String> open;

    PushConnectionLimit(@Value("${guarantee-lab.max-push-connections-per-client:300}") int maxPerClient) {
        if (maxPerClient < 1) {
            throw new IllegalArgumentException("guarantee-lab.max-push-connections-per-client must be positive, was " + maxPerClient);
        }
        this.open = new OpenPerClient<>(maxPerClient);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof ClientCappedNioProtocol protocol) {
                protocol.onConnectionClosed(this::release);
            }
        });
    }

    /** Whether the client may use this connection for push; a connection already counted stays admitted. */
    boolean admit(String client, String connectionId) {
        return open.admit(connectionId, client);
    }

    /** The connection no longer carries push; releasing one that was never admitted does nothing. */
    void release(String connectionId) {
        open.release(connectionId);
    }
}
