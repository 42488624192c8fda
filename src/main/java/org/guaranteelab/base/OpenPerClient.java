package org.guaranteelab.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many things (connections) each client holds open, at most so many per client: each is admitted
 * once under its client's key and released when it closes. Shared by the cap on connections
 * ({@link ClientCappedNioProtocol}) and the cap on push connections ({@link PushConnectionLimit}).
 */
final class OpenPerClient<T> {

    private final Map<T, String> clientOf = new ConcurrentHashMap<>();
    private final Map<String, Integer> openPerClient = new ConcurrentHashMap<>();
    private volatile int maxPerClient;

    OpenPerClient(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    void setMaxPerClient(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    /** Whether the client may hold this one open too; one already admitted stays admitted. */
    boolean admit(T item, String client) {
        if (clientOf.containsKey(item)) {
            return true;
        }
        var admitted = new boolean[1];
        openPerClient.compute(client, (key, open) -> {
            var count = open == null ? 0 : open;
            if (count >= maxPerClient) {
                return open;
            }
            admitted[0] = true;
            return count + 1;
        });
        if (admitted[0]) {
            clientOf.put(item, client);
        }
        return admitted[0];
    }

    /** It is closed; releasing one that was never admitted does nothing. */
    void release(T item) {
        var client = clientOf.remove(item);
        if (client != null) {
            openPerClient.computeIfPresent(client, (key, open) -> open > 1 ? open - 1 : null);
        }
    }
}
