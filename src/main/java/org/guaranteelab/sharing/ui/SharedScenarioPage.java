package org.guaranteelab.sharing.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.guaranteelab.base.SourceNotice;
import org.guaranteelab.base.ui.PlainPage;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ui.CaseMarkup;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.SharedVersion;
import org.guaranteelab.sharing.SharingService;
import org.jsoup.nodes.Element;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A saved scenario, read-only, for anyone with its view link: written as plain HTML by the server, with
 * no Vaadin UI and no session, because view links are passed around and opened far more than anything
 * else, and everything on them is text, links and native {@code <details>} (docs/decisions/0009).
 */
@Controller
class SharedScenarioPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final SharingService sharing;
    private final CaseCatalog catalog;
    private final SourceNotice sourceNotice;

    SharedScenarioPage(SharingService sharing, CaseCatalog catalog, SourceNotice sourceNotice) {
        this.sharing = sharing;
        this.catalog = catalog;
        this.sourceNotice = sourceNotice;
    }

    @GetMapping(path = {"/s/{token}", "/s/{token}/{version}"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String token, @PathVariable Optional<String> version,
                                HttpServletRequest request) {
        var root = request.getContextPath() + "/";
        if (version.isPresent() && !version.get().matches("[1-9][0-9]{0,5}")) {
            return notFound(root);
        }
        return switch (sharing.open(token, version.map(Integer::parseInt))) {
            case Lookup.Found<SharedVersion>(var shared) -> page(HttpStatus.OK, scenarioPage(root, shared));
            case Lookup.Removed<SharedVersion> removed -> page(HttpStatus.GONE, removedPage(root));
            case Lookup.NotFound<SharedVersion> notFound -> notFound(root);
        };
    }

    private ResponseEntity<String> notFound(String root) {
        var page = newPage(root, "Page not found · Guarantee Lab");
        var main = page.main().addClass("error-page");
        main.appendElement("h1").text("Page not found");
        main.appendElement("p").text("There is nothing at this address. The link may be mistyped, or what it "
                + "pointed to may have been removed.");
        main.appendElement("a").attr("href", root).text("Go to the scenario builder");
        return page(HttpStatus.NOT_FOUND, page);
    }

    private PlainPage removedPage(String root) {
        var page = newPage(root, "Scenario removed · Guarantee Lab");
        var main = page.main().addClass("error-page");
        main.appendElement("h1").text("This scenario was removed");
        main.appendElement("p").text("Its author deleted it, so it can no longer be read or changed.");
        main.appendElement("a").attr("href", root).text("Build a scenario of your own");
        return page;
    }

    private PlainPage scenarioPage(String root, SharedVersion shared) {
        var theCase = catalog.builtOn(shared.caseId());
        var analysis = ScenarioAnalysis.of(theCase, shared.choices());
        var page = newPage(root, shared.details().title() + " · Guarantee Lab");
        LinkPreviewTags.addPreview(page.head(), theCase, shared);
        page.citeCase(theCase.id());

        var main = page.main().addClass("shared-page");
        main.appendElement("h1").id("scenario-heading").text(shared.details().title());
        header(main, root, shared);
        actions(main, root, shared);
        if (analysis.isEmpty()) {
            main.appendElement("p").text("This scenario includes no options.");
            return page;
        }
        var columns = main.appendElement("div").addClass("builder-columns");
        options(columns, theCase, analysis);
        var summary = columns.appendElement("div").addClass("builder-summary").id("summary");
        summary.appendElement("h2").text("Summary");
        summary.appendChild(CaseMarkup.summary(theCase, analysis));
        // The case's passage links are relative to the app's root; from /s/{token} they would point into /s/.
        page.main().select("a[href^=source#]").forEach(link -> link.attr("href", root + link.attr("href")));
        return page;
    }

    /** Author, date, version, lineage, case changes and notes. */
    private static void header(Element main, String root, SharedVersion shared) {
        var header = main.appendElement("div").addClass("scenario-header");
        var meta = header.appendElement("p").addClass("scenario-meta").id("scenario-meta");
        if (!shared.details().author().isEmpty()) {
            meta.appendText("By " + shared.details().author() + " · ");
        }
        meta.appendText("saved " + DATE.format(shared.savedAt()) + " · version " + shared.number() + " of "
                + shared.versionCount());

        if (shared.versionCount() > 1) {
            var versions = header.appendElement("ul").addClass("version-list").attr("aria-label", "All versions");
            for (var version : shared.versions()) {
                var label = "Version " + version.number() + ": " + version.title() + " (" + DATE.format(version.savedAt()) + ")";
                if (version.number() == shared.number()) {
                    versions.appendElement("li").appendElement("span").attr("aria-current", "page").text(label + " — shown");
                } else {
                    versions.appendElement("li").appendElement("a")
                            .attr("href", root + "s/" + shared.viewToken() + "/" + version.number()).text(label);
                }
            }
        }
        shared.remixedFrom().ifPresent(parent ->
                header.appendElement("p").addClass("scenario-lineage").text("Remixed from “" + parent + "”."));
        if (shared.remixCount() > 0) {
            header.appendElement("p").addClass("scenario-lineage")
                    .text("Remixed " + shared.remixCount() + (shared.remixCount() == 1 ? " time." : " times."));
        }
        if (shared.caseChanged()) {
            caseChanges(header, shared);
        }
        if (!shared.details().notes().isEmpty()) {
            header.appendElement("p").addClass("scenario-notes").id("scenario-notes").text(shared.details().notes());
        }
    }

    private static void caseChanges(Element header, SharedVersion shared) {
        var box = header.appendElement("div").addClass("case-changed");
        var intro = box.appendElement("p");
        intro.appendElement("vaadin-icon").attr("icon", "vaadin:info-circle").attr("aria-hidden", "true");
        intro.appendElement("span").text(" The case has been corrected since this scenario was saved. "
                + "It is shown with the current case; what differs for this scenario:");
        var list = box.appendElement("ul");
        shared.ignoredChoices().forEach(ignored -> list.appendElement("li")
                .text("The choice “" + ignored.parameter() + "” no longer exists (" + ignored.reason() + ")."));
        shared.caseChanges().forEach(change -> list.appendElement("li").text(change));
        if (list.childrenSize() == 0) {
            list.appendElement("li").text("No stance on the options of this scenario changed.");
        }
    }

    private static void actions(Element main, String root, SharedVersion shared) {
        var actions = main.appendElement("div").addClass("shared-actions");
        var token = shared.viewToken();
        actions.appendElement("a").id("remix").addClass("action-link").attr("href", root + "remix/" + token)
                .text("Remix this scenario");
        actions.appendElement("a").addClass("action-link")
                .attr("href", root + "compare?a=" + token + (shared.isLatest() ? "" : "/" + shared.number()))
                .text("Compare with…");
        var api = root + "api/scenarios/" + token;
        var versionQuery = shared.isLatest() ? "" : "?version=" + shared.number();
        download(actions, api + "/export.md" + versionQuery, "Download as Markdown");
        download(actions, api + "/export.csv" + versionQuery, "Download as CSV");
        download(actions, api + versionQuery, "Data (JSON)");
        // Wired by plain-page.js; without scripts the browser's own Print command does the same.
        actions.appendElement("button").attr("type", "button").addClass("print-button").attr("hidden", "")
                .text("Print or save as PDF");
    }

    private static void download(Element actions, String href, String text) {
        actions.appendElement("a").addClass("action-link").attr("href", href).attr("target", "_blank").text(text);
    }

    private static void options(Element columns, Case theCase, ScenarioAnalysis analysis) {
        var options = columns.appendElement("div").addClass("shared-options");
        options.appendElement("h2").text("Chosen options");
        for (var chosen : analysis.chosen()) {
            var card = options.appendElement("div").addClass("option-card").addClass("option-card--chosen")
                    .id("option-" + chosen.option().id());
            card.appendElement("h3").text(chosen.label());
            card.appendChild(CaseMarkup.optionAnalysis(theCase, chosen));
        }
    }

    private PlainPage newPage(String root, String title) {
        var page = new PlainPage(root, title, sourceNotice);
        LinkPreviewTags.addNoIndex(page.head());
        return page;
    }

    private static ResponseEntity<String> page(HttpStatus status, PlainPage page) {
        // Not kept by browsers or proxies: the author may revoke or delete the link at any time.
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.html());
    }
}
