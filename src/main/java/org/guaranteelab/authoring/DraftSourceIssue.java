package org.guaranteelab.authoring;

import org.guaranteelab.catalog.SourceIssue;

/**
 * A flag on words of the article that are garbled, cut off or ambiguous in the source itself, with our
 * note; every quote that overlaps {@code excerpt} carries the warning.
 */
public record DraftSourceIssue(String id, SourceIssue.Kind kind, Span excerpt, String note) {

    public static final int LIMIT = 100;
    public static final int NOTE_LENGTH = 300;
}
