package org.guaranteelab.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * One browser tab on the running app, in a context of its own (no cookies or session shared with
 * other tests), that records every console error and uncaught exception.
 */
public final class AppPage implements AutoCloseable {

    // Vaadin is done when every Flow client on the page has no request in flight.
    private static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              return !!clients && Object.keys(clients).length > 0
                  && Object.values(clients).every(client => !client.isActive());
            }""";
    // The innermost elements that reach past the right edge of the window: what makes a page scroll sideways.
    private static final String PAST_RIGHT_EDGE = """
            () => {
              const edge = window.innerWidth + 0.5;
              const past = element => element.getBoundingClientRect().right > edge;
              return [...document.body.querySelectorAll('*')]
                  .filter(element => past(element) && ![...element.children].some(past))
                  .slice(0, 10)
                  .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + [...element.classList].map(name => '.' + name).join('')
                      + ' (right edge ' + Math.round(element.getBoundingClientRect().right) + ')');
            }""";
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final BrowserContext context;
    private final Page page;
    private final URI baseUrl;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    public AppPage(Browser browser, URI baseUrl) {
        this.baseUrl = baseUrl;
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> consoleErrors.add("Uncaught: " + error));
    }

    /**
     * Opens an address of the app as a user would, and waits until Vaadin has rendered it and the
     * browser has nothing left to fetch, so that late console errors are recorded too.
     */
    public Response open(String path) {
        var response = page.navigate(url(path));
        // Plain pages (view links) are whole once loaded; they have no Vaadin client to wait for.
        if (page.locator("body.plain-page").count() == 0) {
            page.waitForFunction(VAADIN_IDLE);
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return response;
    }

    /** Waits until Vaadin has answered every request the page has sent so far. */
    public void awaitServer() {
        page.waitForFunction(VAADIN_IDLE);
    }

    /**
     * By how many pixels the page is wider than the window: above 0 the reader has to scroll sideways.
     * Measured as {@code document.documentElement.scrollWidth - window.innerWidth}.
     */
    public int horizontalOverflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    /** The innermost elements that reach past the window's right edge, to say in a failure what overflows. */
    @SuppressWarnings("unchecked")
    public List<String> elementsPastTheRightEdge() {
        return (List<String>) page.evaluate(PAST_RIGHT_EDGE);
    }

    public String url(String path) {
        return baseUrl.resolve(path.replaceFirst("^/", "")).toString();
    }

    public Page page() {
        return page;
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** What axe-core finds on the page as it is now, limited to serious and critical violations. */
    public List<String> seriousAccessibilityViolations() {
        return new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(AppPage::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        var where = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + where;
    }

    @Override
    public void close() {
        context.close();
    }
}
