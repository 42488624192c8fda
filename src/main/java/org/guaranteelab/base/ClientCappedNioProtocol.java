package org.guaranteelab.base;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 NIO connector with a cap on the connections one client may hold open at once,
 * checked when a connection is accepted: one over the cap is closed before Tomcat reads a byte
 * from it. Set up by {@link ClientConnectionLimit}; public because Tomcat creates its protocol
 * handler from the class name.
 *
 * <p>Tomcat has no such setting (it caps all connections together, {@code server.tomcat.max-connections}),
 * and a servlet filter comes too late: it runs only once a request has been read, while a client
 * that sends its headers or body slowly, or opens WebSockets, holds connections before that. The
 * endpoint already keeps a map of its open connections, filled when a connection is accepted and
 * emptied when it is closed, whatever closes it; this class counts per client along with it.
 */
public class ClientCappedNioProtocol extends Http11NioProtocol {

    public ClientCappedNioProtocol() {
        super(new Endpoint());
    }

    /** At most {@code maxPerClient} open connections per client; {@code keys} gives none for exempt peers. */
    void capPerClient(int maxPerClient, Function<InetAddress, Optional<String>> keys) {
        ((Endpoint) getEndpoint()).cap(maxPerClient, keys);
    }

    /** Tells {@code closed} the id of every connection that closes (the id requests see in {@code getServletConnection()}). */
    void onConnectionClosed(Consumer<String> closed) {
        ((Endpoint) getEndpoint()).closed = closed;
    }

    private static final class Endpoint extends NioEndpoint {

        private final OpenPerClient<SocketChannel> open = new OpenPerClient<>(Integer.MAX_VALUE);
        private volatile Function<InetAddress, Optional<String>> keys = address -> Optional.empty();
        private volatile Consumer<String> closed = connectionId -> { };

        Endpoint() {
            connections = new Connections();
        }

        void cap(int maxPerClient, Function<InetAddress, Optional<String>> keys) {
            open.setMaxPerClient(maxPerClient);
            this.keys = keys;
        }

        @Override
        protected boolean setSocketOptions(SocketChannel socket) {
            if (admit(socket)) {
                return super.setSocketOptions(socket);
            }
            // Closed here: Tomcat's own closeSocket only closes connections it has registered.
            destroySocket(socket);
            return true;
        }

        @Override
        protected void destroySocket(SocketChannel socket) {
            release(socket);
            super.destroySocket(socket);
        }

        private boolean admit(SocketChannel socket) {
            Optional<String> key;
            try {
                key = socket.getRemoteAddress() instanceof InetSocketAddress peer
                        ? keys.apply(peer.getAddress()) : Optional.empty();
            } catch (IOException alreadyClosed) {
                return true;
            }
            if (key.isEmpty()) {
                return true;
            }
            return open.admit(socket, key.get());
        }

        private void release(SocketChannel socket) {
            open.release(socket);
        }

        /** Tomcat's map of open connections, which it empties with remove(channel) on every close. */
        private final class Connections extends ConcurrentHashMap<SocketChannel, SocketWrapperBase<NioChannel>> {

            @Override
            public SocketWrapperBase<NioChannel> remove(Object socket) {
                var removed = super.remove(socket);
                if (socket instanceof SocketChannel channel) {
                    release(channel);
                }
                if (removed != null) {
                    // The wrapper keeps Tomcat's connection id private; its servlet view of the connection carries it.
                    closed.accept(removed.getServletConnection("", "").getConnectionId());
                }
                return removed;
            }
        }
    }
}
