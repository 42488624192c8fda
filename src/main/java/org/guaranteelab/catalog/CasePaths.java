package org.guaranteelab.catalog;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a case's pages live, relative to the app root (docs/decisions/0025-the-case-in-the-address.md):
 * the default case at "", "stakeholders" and "source", every other case under "cases/{id}".
 */
public final class CasePaths {

    // Wider than the case file's ids (lower-case words), so that published cases may use tokens too;
    // narrow enough that no path trick, markup or bidi control reaches a lookup.
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private CasePaths() {
    }

    /** The builder of this case: "" for the default case, else "cases/{id}". */
    public static String builder(String caseId) {
        return isDefault(caseId) ? "" : "cases/" + caseId;
    }

    public static String stakeholders(String caseId) {
        return prefix(caseId) + "stakeholders";
    }

    public static String source(String caseId) {
        return prefix(caseId) + "source";
    }

    /** A passage's place on its case's Source page. */
    public static String passage(String caseId, String passageId) {
        return source(caseId) + "#" + passageId;
    }

    /**
     * The case id in what a person pasted: a bare id, or the address of any page of a case
     * ({@code https://…/cases/{id}/source#…}); empty if it holds neither.
     */
    public static Optional<String> idIn(@Nullable String pasted) {
        if (pasted == null) {
            return Optional.empty();
        }
        var text = pasted.strip();
        if (isPlausibleId(text)) {
            return Optional.of(text);
        }
        var at = text.indexOf("/cases/");
        if (at < 0) {
            return Optional.empty();
        }
        var rest = text.substring(at + "/cases/".length());
        var end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        var id = rest.substring(0, end);
        return isPlausibleId(id) ? Optional.of(id) : Optional.empty();
    }

    /** Whether this could be a case id at all; false for null. */
    public static boolean isPlausibleId(@Nullable String caseId) {
        return caseId != null && PLAUSIBLE_ID.matcher(caseId).matches();
    }

    static boolean isDefault(String caseId) {
        return CaseCatalog.DEFAULT_CASE_ID.equals(caseId);
    }

    private static String prefix(String caseId) {
        return isDefault(caseId) ? "" : "cases/" + caseId + "/";
    }
}
