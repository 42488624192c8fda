package org.guaranteelab.base;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request body in full before any other code sees it, within a size limit and a time
 * limit, without holding a thread while the bytes trickle in.
 *
 * <ul>
 * <li>Over {@code guarantee-lab.max-request-bytes} (1 MB by default): 413. Nothing the app receives
 * comes near it (Vaadin's messages are a few kilobytes), so a larger body is a mistake or an attempt
 * to tie up memory. A body that announces more is refused unread; a chunked one once it passes.</li>
 * <li>Not complete within {@code guarantee-lab.request-body-timeout} (10 s by default): 408, and
 * the connection is closed. Issue #22: 220 connections that each announced 100,000 bytes and sent
 * one byte every 5 s held all of Tomcat's 200 worker threads, because a servlet reading a body
 * blocks its thread until the next byte arrives, and every other request waited for a minute.</li>
 * <li>More body bytes held in memory at once than {@code guarantee-lab.request-body-memory} (128 MB),
 * or than {@code guarantee-lab.request-body-memory-per-client} (16 MB) for one client: 503. Bodies
 * wait here until they are whole, and no longer one per worker thread, so their memory is bounded
 * here; only bytes actually received count, so announcing a large body costs nothing.</li>
 * </ul>
 *
 * <p>The body is read with the Servlet API's non-blocking input (a {@link ReadListener} in async
 * mode): Tomcat's poller watches the socket and a worker thread runs only while bytes are there to
 * read. When the body is complete, the request is dispatched again ({@link AsyncContext#dispatch()})
 * and this time goes down the filter chain with the body served from memory. Filters after this one
 * therefore see body-carrying requests on that second, ASYNC dispatch; the request tells them it is
 * a REQUEST dispatch, so that Spring's once-per-request filters do their work instead of skipping it
 * as they do for async re-dispatches (they have not run for this request yet).
 */
@Component
// Right after SecurityHeaders, so that a refused request still gets the security headers, and
// before anything that could read the body (e.g. a filter asking for a form parameter).
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final String BODY = RequestSizeLimit.class.getName() + ".body";

    private final long maxBytes;
    private final Duration timeout;
    private final ClientKeys clientKeys;
    private final BodyMemory memory;

    RequestSizeLimit(@Value("${guarantee-lab.max-request-bytes:1048576}") long maxBytes,
                     @Value("${guarantee-lab.request-body-timeout:10s}") Duration timeout,
                     @Value("${guarantee-lab.request-body-memory:128MB}") DataSize memory,
                     @Value("${guarantee-lab.request-body-memory-per-client:16MB}") DataSize memoryPerClient,
                     ClientKeys clientKeys) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("guarantee-lab.max-request-bytes must be positive, was " + maxBytes);
        }
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("guarantee-lab.request-body-timeout must be positive, was " + timeout);
        }
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.clientKeys = clientKeys;
        this.memory = new BodyMemory(memory.toBytes(), memoryPerClient.toBytes());
    }

    /** The second pass of a request whose body this filter read, see {@link BodyReader}. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            var body = request.getAttribute(BODY);
            if (!(body instanceof ReadBody read)) {
                chain.doFilter(request, response);
                return;
            }
            request.removeAttribute(BODY);
            try {
                chain.doFilter(new BufferedBody(request, read.bytes()), response);
            } finally {
                memory.release(read.client(), read.bytes().length);
            }
            return;
        }
        var declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuseTooLarge(response);
            return;
        }
        var chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (declared == 0 || declared < 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.isAsyncSupported()) {
            // Only if a servlet or filter in the chain does not support async; none does today.
            readBlocking(request, response, chain);
            return;
        }
        var async = request.startAsync();
        async.setTimeout(timeout.toMillis());
        var reader = new BodyReader(async, request.getInputStream(), response, clientKeys.of(request),
                new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), 64 * 1024)));
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    private void readBlocking(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var body = readAtMost(request.getInputStream());
        if (body.isEmpty()) {
            refuseTooLarge(response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body.get()), response);
    }

    /** The whole body, or empty as soon as it turns out to be over the limit. */
    private Optional<byte[]> readAtMost(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + (long) read > maxBytes) {
                return Optional.empty();
            }
            body.write(buffer, 0, read);
        }
        return Optional.of(body.toByteArray());
    }

    private void refuseTooLarge(HttpServletResponse response) throws IOException {
        Refusals.problem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
                "A request to Guarantee Lab can carry at most " + maxBytes + " bytes.");
    }


    /** A body read in full, and the client whose share of {@link BodyMemory} it holds. */
    private record ReadBody(byte[] bytes, String client) {
    }

    /** The bytes of request bodies held in memory, in all and per client, against their limits. */
    private static final class BodyMemory {

        private final long total;
        private final long perClient;
        private final AtomicLong held = new AtomicLong();
        private final Map<String, Long> heldPerClient = new ConcurrentHashMap<>();

        BodyMemory(long total, long perClient) {
            this.total = total;
            this.perClient = perClient;
        }

        boolean take(String client, long bytes) {
            var granted = new boolean[1];
            heldPerClient.compute(client, (key, clientHeld) -> {
                var before = clientHeld == null ? 0 : clientHeld;
                if (before + bytes > perClient) {
                    return clientHeld;
                }
                if (held.addAndGet(bytes) > total) {
                    held.addAndGet(-bytes);
                    return clientHeld;
                }
                granted[0] = true;
                return before + bytes;
            });
            return granted[0];
        }

        void release(String client, long bytes) {
            if (bytes == 0) {
                return;
            }
            held.addAndGet(-bytes);
            heldPerClient.computeIfPresent(client, (key, clientHeld) -> clientHeld > bytes ? clientHeld - bytes : null);
        }
    }

    /**
     * Collects the body as Tomcat hands it over, then dispatches the request again with it; or
     * answers 413 or 408 and ends the request. Exactly one of these happens, whichever comes first.
     */
    private final class BodyReader implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final ServletInputStream in;
        private final HttpServletResponse response;
        private final String client;
        private final ByteArrayOutputStream body;
        private final byte[] buffer = new byte[8192];
        private final AtomicBoolean settled = new AtomicBoolean();

        BodyReader(AsyncContext async, ServletInputStream in, HttpServletResponse response, String client,
                   ByteArrayOutputStream body) {
            this.async = async;
            this.in = in;
            this.response = response;
            this.client = client;
            this.body = body;
        }

        /** Ends the request with a refusal, giving back the memory its body held. */
        private void refuseAndEnd(int status, String title, String detail) throws IOException {
            memory.release(client, body.size());
            Refusals.problem(response, status, title, detail);
            async.complete();
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!settled.get() && in.isReady()) {
                var read = in.read(buffer);
                if (read < 0) {
                    return;
                }
                if (body.size() + (long) read > maxBytes) {
                    if (settled.compareAndSet(false, true)) {
                        refuseAndEnd(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
                                "A request to Guarantee Lab can carry at most " + maxBytes + " bytes.");
                    }
                    return;
                }
                if (!memory.take(client, read)) {
                    if (settled.compareAndSet(false, true)) {
                        response.setHeader("Retry-After", "10");
                        refuseAndEnd(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Server busy",
                                "Guarantee Lab is receiving too much at once. Try again in a few seconds.");
                    }
                    return;
                }
                body.write(buffer, 0, read);
            }
        }

        @Override
        public void onAllDataRead() throws IOException {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            async.getRequest().setAttribute(BODY, new ReadBody(body.toByteArray(), client));
            try {
                async.dispatch();
            } catch (IllegalArgumentException | IllegalStateException notDispatchable) {
                // An address Tomcat accepted but cannot map for a dispatch; never seen, but never a 500.
                async.getRequest().removeAttribute(BODY);
                refuseAndEnd(HttpServletResponse.SC_BAD_REQUEST, "Bad request", "Guarantee Lab could not handle this address.");
            }
        }

        @Override
        public void onError(Throwable failure) {
            // The client went away or sent a malformed body (e.g. broken chunking): nobody to answer.
            if (settled.compareAndSet(false, true)) {
                memory.release(client, body.size());
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            if (settled.compareAndSet(false, true)) {
                refuseAndEnd(HttpServletResponse.SC_REQUEST_TIMEOUT, "Request too slow",
                        "The request's body did not arrive within " + timeout.toSeconds() + " seconds.");
            }
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // Nothing to release: the body is garbage once the request is done.
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Not restarted by this filter.
        }
    }
}
