package org.guaranteelab.base.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.guaranteelab.base.SourceNotice;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.springframework.modulith.NamedInterface;

/**
 * A page of the app written as plain HTML by the server, without Vaadin's client engine or a session:
 * for pages that only show text and links and are opened far more often than they are used, such as
 * view links (docs/decisions/0009). It has the app's name, styles and source footer, so it reads as
 * part of the app.
 *
 * <p>Like {@code scenario.ui.CaseMarkup}, everything goes in through jsoup's escaping {@code text()}
 * and {@code attr()}; nothing is parsed from a string.
 */
@NamedInterface("widgets")
public final class PlainPage {

    /**
     * Vaadin's icons are drawn by its client engine, which a plain page does not load; the same icons take
     * their place as inline SVG, from the icon set's own path data (plain-page-icons.properties).
     */
    private static final Map<String, List<String>> ICON_PATHS = iconPaths();

    /**
     * The app's menu (the {@code @Menu} routes, in their order), which the Vaadin layout builds at run
     * time; a plain page cannot ask Vaadin for it, so PlainPageTest keeps the two equal.
     */
    static final Map<String, String> MENU = menu(
            "", "Scenario builder",
            "stakeholders", "Stakeholders",
            "source", "Source",
            "mine", "My scenarios",
            "compare", "Compare",
            "teach", "Run a class",
            "join", "Join a class",
            "write", "Write a case");

    private final Document document = new Document("");
    private final Element main;
    private final Element header;
    private final Element citation;
    private final String root;
    private final SourceNotice source;

    /**
     * @param root the app's root address as the browser sees it, ending in "/" (links and styles are
     *             resolved from it, whatever the depth of the page's own address)
     */
    public PlainPage(String root, String title, SourceNotice source) {
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.appendChild(new DocumentType("html", "", ""));
        var html = document.appendElement("html").attr("lang", "en");
        var head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "icon").attr("href", root + "favicon.svg").attr("sizes", "any");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", root + "lumo/lumo.css");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", root + "styles.css");
        head.appendElement("script").attr("src", root + "plain-page.js").attr("defer", "");

        var body = html.appendElement("body").addClass("plain-page");
        body.appendElement("a").addClass("skip-link").attr("href", "#main-content").text("Skip to content");
        var header = body.appendElement("header").addClass("plain-header");
        header.appendElement("a").addClass("app-title").attr("href", root).text("Guarantee Lab");
        var nav = header.appendElement("nav").attr("aria-label", "Main").appendElement("ul");
        MENU.forEach((path, name) -> nav.appendElement("li").appendElement("a").attr("href", root + path).text(name));

        var page = body.appendElement("div").addClass("app-page");
        main = page.appendElement("main").addClass("app-main").id("main-content");
        var footer = page.appendElement("footer").addClass("app-footer");
        this.root = root;
        this.source = source;
        this.header = header;
        citation = footer.appendElement("p");
        citation.appendText(source.citation() + " ");
        citation.appendElement("a").attr("href", root + "source").text(source.readTheSource());
        footer.appendElement("p").text(source.method());
    }

    private static Map<String, List<String>> iconPaths() {
        var properties = new Properties();
        try (var in = PlainPage.class.getResourceAsStream("plain-page-icons.properties")) {
            properties.load(Objects.requireNonNull(in, "plain-page-icons.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var paths = new LinkedHashMap<String, List<String>>();
        properties.stringPropertyNames().forEach(name ->
                paths.put(name, List.of(properties.getProperty(name).split("\\|"))));
        return Collections.unmodifiableMap(paths);
    }

    private static Map<String, String> menu(String... pathsAndNames) {
        var menu = new LinkedHashMap<String, String>();
        for (var i = 0; i < pathsAndNames.length; i += 2) {
            menu.put(pathsAndNames[i], pathsAndNames[i + 1]);
        }
        return Collections.unmodifiableMap(menu);
    }

    /** For a page about a case other than the default one: names it in the header and cites its source below. */
    public void citeCase(String caseId) {
        source.otherCase(caseId).ifPresent(other -> {
            header.appendElement("span").addClass("app-case").text(other.label());
            citation.empty();
            citation.appendText(other.citation() + " ");
            citation.appendElement("a").attr("href", root + other.sourcePage()).text(source.readTheSource());
        });
    }

    public Element head() {
        return document.head();
    }

    /** Where the page's own content goes. */
    public Element main() {
        return main;
    }

    public String html() {
        for (var icon : document.select("vaadin-icon")) {
            var paths = ICON_PATHS.get(icon.attr("icon"));
            if (paths == null) {
                icon.remove();
                continue;
            }
            // Decorative, as the vaadin-icon it replaces: the word beside it is what assistive technology reads.
            var svg = new Element("svg").addClass("icon").attr("data-icon", icon.attr("icon"))
                    .attr("viewBox", "0 0 16 16").attr("aria-hidden", "true").attr("focusable", "false");
            paths.forEach(path -> svg.appendElement("path").attr("d", path));
            icon.replaceWith(svg);
        }
        return document.outerHtml();
    }
}
