package org.guaranteelab.authoring;

import org.jspecify.annotations.Nullable;

/**
 * A draft as its edit link opens it.
 *
 * @param draft     null for a case imported as a file, which is corrected by importing it again
 * @param versions  how many versions have been published
 * @param published whether the latest version is public now
 */
public record DraftState(String caseId, @Nullable Draft draft, int versions, boolean published) {
}
