package org.guaranteelab.e2e;

/**
 * A scenario saved the way a student saves one, through the "Save & share" dialog, and the two
 * absolute links the dialog then shows.
 */
public record SavedScenario(String viewUrl, String editUrl) {

    /** Opens the builder at {@code address} (e.g. {@code /?nato=bridge}) and saves what it shows. */
    public static SavedScenario saveFromBuilder(AppPage app, String address, String title, String notes) {
        app.open(address);
        return saveShownScenario(app, title, notes);
    }

    /** Saves the scenario of the page as it is now (builder or remix) through its "Save & share" button. */
    public static SavedScenario saveShownScenario(AppPage app, String title, String notes) {
        var page = app.page();
        page.locator("#save-and-share").click();
        page.locator("#scenario-title input").fill(title);
        page.locator("#scenario-notes textarea").fill(notes);
        page.locator("#save-scenario").click();
        var viewLink = page.locator("#view-link input");
        viewLink.waitFor();
        return new SavedScenario(viewLink.inputValue(), page.locator("#edit-link input").inputValue());
    }

    /** The token at the end of the view link, which the compare page also accepts. */
    public String viewToken() {
        return viewUrl.substring(viewUrl.lastIndexOf('/') + 1);
    }
}
