package org.guaranteelab.base.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * Paints the first view from the server's first page, before any script runs (issue #20,
 * docs/decisions/0023-first-paint-from-the-server.md).
 *
 * <p>With {@code vaadin.eagerServerLoad=true} the view is built while the page is served. This writes
 * that component tree into the page once more as plain HTML, styled by the same stylesheets: the
 * header, the view's introduction and its choices show at once. Vaadin's web components are drawn as
 * look-alikes of fixed size (a checkbox as a box and its label). The copy lies over the real page,
 * which stays hidden while Vaadin builds it; a small script hides the copy in the frame in which
 * the real page is complete (every web component defined), so nothing on screen moves when Vaadin
 * takes over. The copy is {@code inert}: not focusable, not read out, never clicked.
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    static final String ID = "first-paint";
    private static final String COPY_CLASS = "first-paint-copy";

    /** Elements whose copy would say nothing before the page runs: overlays, tooltips, scripts. */
    private static final Set<String> LEFT_OUT = Set.of("vaadin-tooltip", "vaadin-notification", "vaadin-dialog",
            "vaadin-confirm-dialog", "vaadin-context-menu", "vaadin-popover", "script", "style", "template");

    /** Attributes that would make a copy interactive. Ids stay (the stylesheet uses some): the copy has its own scope. */
    private static final Set<String> DROPPED_ATTRIBUTES = Set.of("tabindex", "autofocus", "name");

    // Hides the copy once the real page is complete; after 5 s in any case, so that a web component that
    // never gets defined cannot hide the page. The copy stays in the document, hidden: Chromium counts a
    // removed largest paint as never painted and takes the real page's identical text, painted at the swap,
    // as the largest contentful paint instead.
    private static final String TAKE_OVER = """
            (function () {
              var started = Date.now();
              function complete() {
                var roots = [].filter.call(document.body.children, function (e) {
                  return e.id !== 'first-paint' && !/^(SCRIPT|NOSCRIPT|STYLE|LINK)$/.test(e.tagName);
                });
                var built = roots.some(function (e) { return e.firstElementChild; });
                return built && !roots.some(function (root) {
                  return [].some.call(root.querySelectorAll('*'), function (e) {
                    return e.localName.indexOf('vaadin-') === 0 && !customElements.get(e.localName);
                  });
                });
              }
              function check() {
                if (complete() || Date.now() - started > 5000) {
                  requestAnimationFrame(function () {
                    var copy = document.getElementById('first-paint');
                    if (copy) { copy.className = 'first-paint-done'; }
                    document.documentElement.classList.remove('first-paint');
                  });
                } else {
                  requestAnimationFrame(check);
                }
              }
              requestAnimationFrame(check);
            })();""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(FirstPaint::paint);
    }

    private static void paint(IndexHtmlResponse response) {
        var ui = response.getUI();
        if (ui.isEmpty()) {
            return;
        }
        // The view and its layout live in Flow's wrapper element (the page's flow-container-… element).
        var wrapper = ui.get().getInternals().getWrapperElement();
        var root = wrapper != null ? wrapper : ui.get().getElement();
        if (root.getChildCount() == 0) {
            return;
        }
        var document = response.getDocument();
        var host = document.createElement("div").attr("id", ID).attr("inert", "");
        // A closed declarative shadow root: the copy's ids, headings and texts stay out of the document's
        // own (in-page links, getElementById, scripts and test locators see only the real page), and it
        // gets the page's stylesheets, already loaded, as its own.
        var shadow = host.appendElement("template").attr("shadowrootmode", "closed");
        document.head().select("link[rel=stylesheet]").forEach(link -> shadow.appendChild(link.clone()));
        var copy = shadow.appendElement("div").addClass(COPY_CLASS);
        root.getChildren().forEach(child -> append(document, copy, child));
        document.body().prependChild(host);
        document.body().appendElement("script").appendChild(new DataNode(TAKE_OVER));
        document.body().parent().addClass("first-paint");
    }

    private static void append(Document document, org.jsoup.nodes.Element parent, Element element) {
        if (element.isTextNode()) {
            parent.appendChild(new TextNode(element.getText()));
            return;
        }
        var tag = element.getTag();
        if (!element.isVisible() || LEFT_OUT.contains(tag) || element.hasAttribute("hidden")) {
            return;
        }
        if (tag.startsWith("vaadin-")) {
            appendLookAlike(document, parent, element, tag);
            return;
        }
        var copy = document.createElement(tag);
        element.getAttributeNames().filter(name -> !DROPPED_ATTRIBUTES.contains(name))
                .forEach(name -> copy.attr(name, String.valueOf(element.getAttribute(name))));
        // Markup blocks (catalog.ui.Markup, the only sender of innerHTML, UserTextStaysTextTest) hold their content,
        // jsoup-built from escaped text, as one property: parsing it again gives back that same markup.
        var innerHtml = element.getProperty("innerHTML");
        if (innerHtml != null) {
            copy.html(innerHtml);
            copy.select("[id]").removeAttr("id");
        }
        parent.appendChild(copy);
        element.getChildren().forEach(child -> append(document, copy, child));
    }

    /** A web component as plain HTML of the same size; the stylesheet draws its parts (.fp-…). */
    private static void appendLookAlike(Document document, org.jsoup.nodes.Element parent, Element element, String tag) {
        var name = tag.substring("vaadin-".length());
        var copy = document.createElement("div").addClass("fp-" + name);
        copyClassesAndSlot(element, copy);
        parent.appendChild(copy);
        switch (name) {
            case "app-layout" -> {
                var navbar = copy.appendElement("header").addClass("fp-navbar");
                var drawer = copy.appendElement("div").addClass("fp-drawer");
                var content = copy.appendElement("div").addClass("fp-content");
                element.getChildren().forEach(child -> {
                    var slot = child.getAttribute("slot");
                    append(document, "navbar".equals(slot) ? navbar : "drawer".equals(slot) ? drawer : content, child);
                });
                return;
            }
            case "drawer-toggle", "icon" -> {
                // Drawn by the stylesheet, at the icon's size.
                return;
            }
            case "checkbox", "radio-button" -> {
                copy.appendElement("span").addClass("fp-mark");
                if (Boolean.TRUE.equals(element.getProperty("checked", false))) {
                    copy.addClass("fp-checked");
                }
            }
            case "details" -> {
                element.getChildren().filter(child -> "summary".equals(child.getAttribute("slot")))
                        .forEach(child -> append(document, copy.appendElement("div").addClass("fp-summary"), child));
                if (element.getProperty("opened", false)) {
                    element.getChildren().filter(child -> !"summary".equals(child.getAttribute("slot")))
                            .forEach(child -> append(document, copy, child));
                }
                return;
            }
            default -> {
                // A container (side nav, radio group, form layout, button): its label, then its children.
            }
        }
        var label = element.getProperty("label");
        if (label != null && !label.isBlank()) {
            copy.appendElement("span").addClass("fp-label").text(label);
        }
        // In the order the component's slots show them: prefix (an icon), content, suffix.
        element.getChildren().filter(child -> "prefix".equals(child.getAttribute("slot")))
                .forEach(child -> append(document, copy, child));
        element.getChildren().filter(child -> !"prefix".equals(child.getAttribute("slot"))
                && !"suffix".equals(child.getAttribute("slot"))).forEach(child -> append(document, copy, child));
        element.getChildren().filter(child -> "suffix".equals(child.getAttribute("slot")))
                .forEach(child -> append(document, copy, child));
    }

    private static void copyClassesAndSlot(Element element, org.jsoup.nodes.Element copy) {
        element.getClassList().forEach(copy::addClass);
        var slot = element.getAttribute("slot");
        if (slot != null) {
            copy.attr("data-slot", slot);
        }
        var theme = element.getAttribute("theme");
        if (theme != null) {
            copy.attr("data-theme", theme);
        }
    }
}
