package org.guaranteelab.base;

import java.util.Optional;

/**
 * What the footer of every page says about the source the app quotes. The shell shows it but does not
 * read the case itself: the case catalog supplies it, so that {@code base} depends on no feature.
 */
public interface SourceNotice {

    /** Which source, e.g. "Source: “Title”, as of March 11, 2025." */
    String citation();

    /** The label of the link to the quoted passages (the Source page). */
    String readTheSource();

    /** How the app treats the source. */
    String method();

    /**
     * For a page of a case other than the default one (its id from the address): the shell's label of
     * that case, its citation and the address of its Source page; empty for the default or an unknown case.
     */
    default Optional<OtherCase> otherCase(String caseId) {
        return Optional.empty();
    }

    /** See {@link #otherCase}. */
    record OtherCase(String label, String citation, String sourcePage) {
    }
}
