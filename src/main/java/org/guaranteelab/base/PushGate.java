package org.guaranteelab.base;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request reach the push endpoint ({@code /VAADIN/push}, WebSocket upgrade or long polling)
 * only for a page that is open: the session exists, holds the UI the request names, and the
 * request carries that session's push id. Anything else gets 403 before the upgrade, so the
 * connection ends at once; only a long poll that names a session which has ended goes on to Vaadin,
 * which tells the tab to reload.
 *
 * <p>Issue #22: 1,000 WebSocket upgrades with no session stayed open for minutes. Vaadin does
 * check the session and UI, but only after Atmosphere has accepted the WebSocket, and then answers
 * over it ("session expired") without closing it. This filter runs before Tomcat's WebSocket filter,
 * which Tomcat adds after the application's filters.
 *
 * <p>A request for an open page then counts toward its client's push connections
 * ({@link PushConnectionLimit}); past the cap it gets 429, also before the upgrade.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PushGate extends OncePerRequestFilter {

    static final String PUSH_PATH = "/VAADIN/push";
    /** Long enough for any UIDL request holding the session lock to finish; the check itself is a lookup. */
    private static final long LOCK_WAIT_MILLIS = 2000;

    private final PushConnectionLimit limit;
    private final ClientKeys clientKeys;

    PushGate(PushConnectionLimit limit, ClientKeys clientKeys) {
        this.limit = limit;
        this.clientKeys = clientKeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        return !path.equals(PUSH_PATH) && !path.startsWith(PUSH_PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isForOpenPage(request) && !isLongPollOfAnEndedSession(request)) {
            Refusals.problem(response, HttpServletResponse.SC_FORBIDDEN, "No open page",
                    "Live updates are sent only to a page of Guarantee Lab that is open in this browser. Reload the page.");
            return;
        }
        var connection = request.getServletConnection().getConnectionId();
        if (!limit.admit(clientKeys.of(request), connection)) {
            Refusals.problem(response, 429, "Too many open pages",
                    "Too many pages of Guarantee Lab are open from your address for live updates. Close some, then reload this page.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                releaseWhenDone(request, connection);
            } else if (response.getStatus() != HttpServletResponse.SC_SWITCHING_PROTOCOLS) {
                limit.release(connection);
            }
            // A WebSocket is released when its connection closes (PushConnectionLimit).
        }
    }

    private void releaseWhenDone(HttpServletRequest request, String connection) {
        try {
            request.getAsyncContext().addListener(new ReleaseWhenDone(connection));
        } catch (IllegalStateException alreadyDone) {
            // The long poll ended between the check and here.
            limit.release(connection);
        }
    }


    /** A long poll ends when Atmosphere completes its asynchronous request, or when it fails or times out. */
    private final class ReleaseWhenDone implements AsyncListener {

        private final String connection;

        ReleaseWhenDone(String connection) {
            this.connection = connection;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            limit.release(connection);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            limit.release(connection);
        }

        @Override
        public void onError(AsyncEvent event) {
            limit.release(connection);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    /**
     * A tab whose session ended (the server restarted, or the session expired) falls back from a refused
     * WebSocket to long polling with its old session cookie. Vaadin answers that poll at once with
     * "session expired" and ends it, and the tab reloads itself: refusing it too would leave the tab
     * retrying for minutes, until its next heartbeat (StudentRestartBrowserTest). Such a poll is never
     * held open, so it is no way to hold connections.
     */
    private static boolean isLongPollOfAnEndedSession(HttpServletRequest request) {
        return request.getHeader("Upgrade") == null && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    private static boolean isForOpenPage(HttpServletRequest request) {
        var uiId = uiId(request.getParameter(ApplicationConstants.UI_ID_PARAMETER));
        var pushId = request.getParameter(ApplicationConstants.PUSH_ID_PARAMETER);
        var httpSession = request.getSession(false);
        if (uiId.isEmpty() || pushId == null || httpSession == null || !request.isRequestedSessionIdValid()) {
            return false;
        }
        var session = vaadinSession(httpSession);
        if (session.isEmpty()) {
            return false;
        }
        var lock = session.get().getLockInstance();
        try {
            if (!lock.tryLock(LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                // A busy session is a live one; Vaadin checks the UI itself once the lock is free.
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return session.get().getUIById(uiId.getAsInt()) != null && pushId.equals(session.get().getPushId());
        } finally {
            lock.unlock();
        }
    }

    private static OptionalInt uiId(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(parameter));
    }

    /** Vaadin keeps its session under an attribute named after the servlet; there is one such servlet. */
    private static Optional<VaadinSession> vaadinSession(HttpSession httpSession) {
        try {
            return Collections.list(httpSession.getAttributeNames()).stream()
                    .map(httpSession::getAttribute)
                    .filter(VaadinSession.class::isInstance)
                    .map(VaadinSession.class::cast)
                    .findFirst();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
