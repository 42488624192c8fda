package org.guaranteelab.catalog;

/**
 * Thrown when something stored (a scenario, a class) names a case that is no longer published. Its
 * pages say so with 410 Gone instead of showing another case's stances in its place: the bundled case
 * would be a guess, and the stored thing itself stays as it was.
 */
public class CaseWithdrawnException extends RuntimeException {

    public static final String TITLE = "This case is no longer published";
    public static final String EXPLANATION = "The case this scenario was built on is no longer published by its "
            + "author, so its stances cannot be shown here. Nothing saved was lost: if the author publishes the "
            + "case again, this link shows it again.";

    public CaseWithdrawnException(String caseId) {
        super("The case " + caseId + " is no longer published");
    }
}
