package org.guaranteelab.catalog.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Objects;
import org.guaranteelab.catalog.CaseCatalog;
import org.springframework.stereotype.Component;

/**
 * A published user case is unlisted: its pages (cases/{id}, …/stakeholders, …/source) ask search
 * engines not to index them, in the page ({@code <meta name="robots">}) and in a header, as the
 * issue asks. Bundled cases stay indexable.
 */
@Component
class UnlistedCasePages implements VaadinServiceInitListener {

    private static final String PREFIX = "/cases/";

    private final CaseCatalog catalog;

    UnlistedCasePages(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::markUnlisted);
    }

    private void markUnlisted(IndexHtmlResponse response) {
        var path = Objects.requireNonNullElse(response.getVaadinRequest().getPathInfo(), "");
        if (!path.startsWith(PREFIX)) {
            return;
        }
        var rest = path.substring(PREFIX.length());
        var caseId = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (catalog.find(caseId).filter(found -> !catalog.isBundled(found)).isEmpty()) {
            return;
        }
        response.getDocument().head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        response.getVaadinResponse().setHeader("X-Robots-Tag", "noindex");
    }
}
