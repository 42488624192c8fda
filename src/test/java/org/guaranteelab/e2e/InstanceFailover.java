package org.guaranteelab.e2e;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when the instance serving their page dies: a builder page opened through the
 * load balancer, the instance that served it killed with SIGKILL, then a click. The page must come
 * back from the other instance, reloaded at the same address, with the same scenario. Run by
 * {@code scripts/multi-instance.sh}; not part of the build.
 *
 * <p>Arguments: the balancer's address, then {@code port=pid} for each instance. The balancer must
 * name the instance that answered in an {@code X-Upstream} header ({@code host:port}). Exits with 1
 * if the page did not come back as it was.
 */
public final class InstanceFailover {

    private static final Logger log = LoggerFactory.getLogger(InstanceFailover.class);
    private static final String SCENARIO = "nato=bridge&g7-military-aid";
    private static final String CHECKED = "selector => document.querySelector(selector)?.checked === true";

    private InstanceFailover() {
    }

    public static void main(String[] args) throws Exception {
        var balancer = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        Map<String, Long> pidByPort = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            var pair = args[i].split("=", 2);
            pidByPort.put(pair[0], Long.parseLong(pair[1]));
        }
        boolean cameBack;
        try (var chromium = Chromium.launch(Chromium.configuredExecutable())) {
            cameBack = run(chromium.browser().newContext().newPage(), balancer, pidByPort);
        }
        System.exit(cameBack ? 0 : 1);
    }

    private static boolean run(Page page, URI balancer, Map<String, Long> pidByPort) throws Exception {
        page.setDefaultTimeout(60_000);
        var servedBy = new String[1];
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.headerValue("x-upstream") != null) {
                servedBy[0] = response.headerValue("x-upstream");
            }
        });
        page.navigate(balancer.resolve("?" + SCENARIO).toString());
        page.waitForFunction(CHECKED, "#choice-g7-military-aid");
        var first = servedBy[0];
        var port = first.substring(first.lastIndexOf(':') + 1);
        log.info("The page was served by the instance on port {}; killing it (SIGKILL)", port);
        page.evaluate("() => window.__beforeTheKill = true");
        var instance = ProcessHandle.of(pidByPort.get(port)).orElseThrow();
        instance.destroyForcibly();
        instance.onExit().get(30, TimeUnit.SECONDS);

        // The next round trip reaches the other instance, which has no such session: Vaadin reloads the page.
        page.locator("#choice-g7-sanctions").click();
        page.waitForFunction("() => window.__beforeTheKill === undefined && document.querySelector('#choice-nato') !== null");
        page.waitForFunction(CHECKED, "#choice-g7-military-aid");
        var second = servedBy[0];
        boolean sameAddress = page.url().contains("nato=bridge") && page.url().contains("g7-military-aid");
        log.info("After the kill: reloaded from {} at {} ({}); the scenario's choices are shown again",
                second, page.url().replaceFirst("^[^?]*", ""), sameAddress ? "same address" : "ADDRESS CHANGED");
        return sameAddress && !second.equals(first);
    }
}
