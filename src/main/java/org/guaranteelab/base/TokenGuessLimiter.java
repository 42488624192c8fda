package org.guaranteelab.base;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits how many links that lead nowhere one client may try per minute
 * ({@code guarantee-lab.sharing.failed-lookups-per-minute}, 30 by default): enough for every typo of a
 * class behind one school address, far too few to find a 128-bit token by guessing, and it stops
 * scripts from probing for links at all. Counted where lookups happen ({@link SharingService}), so
 * page loads, in-app navigation, the comparison page and the API all count; refused with 429 by
 * {@link TokenGuessFilter} before any lookup. Clients are keyed by {@link ClientKeys}, so a forged
 * X-Forwarded-For does not give a fresh allowance.
 */
@Component
public class TokenGuessLimiter {

    /** One request can look a token up more than once (meta tags, then the view); it counts once. */
    private static final String COUNTED = TokenGuessLimiter.class.getName() + ".counted";

    private final ClientAllowances misses;
    private final ClientKeys clientKeys;

    TokenGuessLimiter(@Value("${guarantee-lab.sharing.failed-lookups-per-minute:30}") int missesPerMinute,
                      AllowanceStore store, ClientKeys clientKeys) {
        if (missesPerMinute < 1) {
            throw new IllegalArgumentException("guarantee-lab.sharing.failed-lookups-per-minute must be at least 1, was "
                    + missesPerMinute);
        }
        this.clientKeys = clientKeys;
        this.misses = store.allowances("failed-lookups", missesPerMinute, Duration.ofMinutes(1));
    }

    /** Whether this client has used up its misses for the minute. */
    public boolean isBlocked(HttpServletRequest request) {
        return misses.isSpent(clientKeys.of(request));
    }

    /** Whether the client of the request being served (if any) has used up its misses. */
    public boolean currentClientIsBlocked() {
        return currentRequest().map(this::isBlocked).orElse(false);
    }

    /** Counts a lookup of the current request that found nothing, once per request. */
    public void countMiss() {
        currentRequest().filter(request -> request.getAttribute(COUNTED) == null).ifPresent(request -> {
            request.setAttribute(COUNTED, Boolean.TRUE);
            misses.tryTake(clientKeys.of(request));
        });
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
