package org.guaranteelab.sharing;

/** The two links of a saved scenario. The edit token is shown once and never stored in the clear. */
public record SavedLinks(String viewToken, String editToken, int version) {

    public String viewPath() {
        return "s/" + viewToken;
    }

    public String editPath() {
        return "e/" + editToken;
    }
}
