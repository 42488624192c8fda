package org.guaranteelab.catalog.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Function;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.springframework.modulith.NamedInterface;

/**
 * The case a {@code cases/:caseId/…} route names (docs/decisions/0025-the-case-in-the-address.md): an
 * unknown or impossible id shows the app's own page-not-found, and the default case's id moves to its
 * own address (e.g. /cases/ukraine-2025 to /), so that each case has one address to share.
 */
@NamedInterface("widgets")
public final class CaseRoutes {

    public static final String PARAMETER = "caseId";

    private CaseRoutes() {
    }

    /**
     * The case to show, or empty when the event was rerouted (to page-not-found, or to the default
     * case's address that {@code defaultPath} gives for its case id, keeping the query).
     */
    public static Optional<Case> resolve(BeforeEnterEvent event, CaseCatalog catalog, Function<String, String> defaultPath) {
        var found = event.getRouteParameters().get(PARAMETER).flatMap(catalog::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
        if (found.get() == catalog.defaultCase()) {
            event.forwardTo(defaultPath.apply(found.get().id()), event.getLocation().getQueryParameters());
            return Optional.empty();
        }
        return found;
    }
}
