package org.guaranteelab.authoring;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.guaranteelab.e2e.Chromium;

/**
 * Makes one case draft on the 100 KB benchmark article through {@code /write} in headless Chromium,
 * as an author would, and prints its edit path: scripts/seed-editor-draft.sh runs it to measure the
 * editor's session heap (issue 21). A draft can only be made through the editor's page.
 */
public final class EditorDraftSeed {

    private EditorDraftSeed() {
    }

    /** {@code args[0]}: the running app's address, e.g. http://127.0.0.1:40123. */
    public static void main(String[] args) {
        try (var chromium = Chromium.launch(Chromium.configuredExecutable())) {
            Page page = chromium.browser().newPage();
            page.navigate(args[0] + "/write");
            page.locator("#article-title input").fill("A long fictional article");
            page.locator("#article-date input").fill("as of May 1, 2031");
            page.locator("#article-text textarea").fill(ArticleSplitBenchmark.article());
            page.locator("#start-case").click();
            page.locator("#passage-count").waitFor();
            System.out.println(page.locator("#passage-count").innerText());
            System.out.println(URI.create(page.url()).getPath());
        }
    }
}
