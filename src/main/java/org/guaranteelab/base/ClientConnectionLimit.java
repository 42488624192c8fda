package org.guaranteelab.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * At most {@code guarantee-lab.max-connections-per-client} open connections per client (1,000 by
 * default), counted from accept to close, so that one client cannot take all of Tomcat's
 * connections ({@code server.tomcat.max-connections}, 8,192) with slow requests or idle WebSockets.
 * Clients are keyed as for every per-client limit ({@link ClientKeys}: the address, an IPv6 /64);
 * a trusted proxy is not limited, since its connections carry many clients (limit them at the proxy,
 * docs/deployment.md). The default leaves room for a school behind one address: a browser keeps a
 * push connection and one or two others per open page.
 */
@Component
class ClientConnectionLimit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int maxPerClient;
    private final ClientKeys clientKeys;

    ClientConnectionLimit(@Value("${guarantee-lab.max-connections-per-client:1000}") int maxPerClient, ClientKeys clientKeys) {
        if (maxPerClient < 1) {
            throw new IllegalArgumentException("guarantee-lab.max-connections-per-client must be positive, was " + maxPerClient);
        }
        this.maxPerClient = maxPerClient;
        this.clientKeys = clientKeys;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(ClientCappedNioProtocol.class.getName());
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof ClientCappedNioProtocol protocol) {
                protocol.capPerClient(maxPerClient, clientKeys::ofConnection);
            }
        });
    }
}
