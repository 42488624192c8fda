package org.guaranteelab.base;

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
}
