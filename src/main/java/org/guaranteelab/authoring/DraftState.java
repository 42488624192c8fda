package org.guaranteelab.authoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft as its edit link opens it.
 *
 * @param draft          null for a case imported as a file before imports became drafts, which is
 *                       corrected by importing it again
 * @param versions       how many versions have been published
 * @param published      whether the latest version is public now
 * @param notCarriedOver what the file the draft was imported from holds that the draft cannot, one
 *                       line each; until the draft's first change, publishing publishes the file with
 *                       them. Empty once the draft has been changed, and for a draft not imported.
 */
public record DraftState(String caseId, @Nullable Draft draft, int versions, boolean published,
                         List<String> notCarriedOver) {

    public DraftState {
        notCarriedOver = List.copyOf(notCarriedOver);
    }

    public DraftState(String caseId, @Nullable Draft draft, int versions, boolean published) {
        this(caseId, draft, versions, published, List.of());
    }
}
