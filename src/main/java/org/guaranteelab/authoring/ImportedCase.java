package org.guaranteelab.authoring;

import java.util.List;

/**
 * A case file imported as a draft: its private edit token, and what of the file the draft cannot
 * hold, one line each, for the author to read before changing the draft (see {@link DraftState}).
 */
public record ImportedCase(String editToken, List<String> notCarriedOver) {

    public ImportedCase {
        notCarriedOver = List.copyOf(notCarriedOver);
    }
}
