package org.guaranteelab.base;

/**
 * A view about one case: the shell then names that case in its bar and cites its source in the
 * footer, when it is not the default case (docs/decisions/0025-the-case-in-the-address.md).
 */
public interface ShowsCase {

    /** The id of the case the view shows now; null before it knows (e.g. when it reroutes). */
    @org.jspecify.annotations.Nullable String shownCaseId();
}
