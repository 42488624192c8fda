package org.guaranteelab.sharing.ui;

import java.util.stream.Collectors;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;
import org.guaranteelab.sharing.SharedVersion;
import org.jsoup.nodes.Element;

/**
 * Link previews for view links: when a student pastes a view link into a chat or an LMS, the
 * preview shows the scenario's title and what it chooses instead of the app's generic blurb.
 * Capability pages also tell crawlers not to index them, in the page itself as well as in headers.
 */
final class LinkPreviewTags {

    private static final int OPTIONS_NAMED = 4;

    private LinkPreviewTags() {
    }

    /** For every capability page, found or not. */
    static void addNoIndex(Element head) {
        meta(head, "name", "robots", "noindex");
    }

    static void addPreview(Element head, Case theCase, SharedVersion shared) {
        meta(head, "property", "og:site_name", "Guarantee Lab");
        meta(head, "property", "og:type", "article");
        meta(head, "property", "og:title", shared.details().title());
        meta(head, "property", "og:description", description(theCase, shared));
        meta(head, "name", "twitter:card", "summary");
    }

    private static String description(Case theCase, SharedVersion shared) {
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
