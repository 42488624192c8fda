package org.guaranteelab.sharing;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Link previews for view links: when a student pastes a view link into a chat or an LMS, the
 * preview shows the scenario's title and what it chooses instead of the app's generic blurb.
 * Capability pages also tell crawlers not to index them, in the page itself as well as in headers.
 */
@Component
class LinkPreviewTags implements VaadinServiceInitListener {

    /** {@code s/{token}} or {@code s/{token}/{version}}, as the router sees the path. */
    private static final Pattern VIEW_LINK = Pattern.compile("/?s/([^/]+)(?:/([1-9][0-9]{0,8}))?/?");
    private static final int OPTIONS_NAMED = 4;

    private final SharingService sharing;
    private final CaseCatalog catalog;

    LinkPreviewTags(SharingService sharing, CaseCatalog catalog) {
        this.sharing = sharing;
        this.catalog = catalog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        var path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("");
        var viewLink = VIEW_LINK.matcher(path);
        if (!viewLink.matches()) {
            return;
        }
        var head = response.getDocument().head();
        meta(head, "name", "robots", "noindex");
        var version = Optional.ofNullable(viewLink.group(2)).map(Integer::parseInt);
        if (sharing.open(viewLink.group(1), version) instanceof Lookup.Found<SharedVersion>(var shared)) {
            meta(head, "property", "og:site_name", "Guarantee Lab");
            meta(head, "property", "og:type", "article");
            meta(head, "property", "og:title", shared.details().title());
            meta(head, "property", "og:description", description(shared));
            meta(head, "name", "twitter:card", "summary");
        }
    }

    private String description(SharedVersion shared) {
        var theCase = catalog.find(shared.caseId()).orElseGet(catalog::defaultCase);
        var chosen = ScenarioAnalysis.of(theCase, shared.choices()).chosen();
        if (chosen.isEmpty()) {
            return "A Guarantee Lab scenario with no options chosen yet — see each stakeholder's stated position, "
                    + "quoted from the source.";
        }
        var named = chosen.stream().limit(OPTIONS_NAMED).map(LinkPreviewTags::label).collect(Collectors.joining(", "));
        var more = chosen.size() > OPTIONS_NAMED ? " and " + (chosen.size() - OPTIONS_NAMED) + " more" : "";
        return "A Guarantee Lab scenario: " + named + more
                + " — with each stakeholder's stated position, quoted from the source.";
    }

    private static String label(ChosenOption chosen) {
        return chosen.level().map(level -> chosen.option().name() + " (" + level.name() + ")")
                .orElse(chosen.option().name());
    }

    /** jsoup escapes attribute values when it writes the page, so titles cannot break out of them. */
    private static void meta(Element head, String keyAttribute, String key, String content) {
        head.appendElement("meta").attr(keyAttribute, key).attr("content", content);
    }
}
