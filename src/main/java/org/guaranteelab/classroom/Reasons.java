package org.guaranteelab.classroom;

import java.util.Optional;
import org.guaranteelab.base.HiddenCharacters;
import org.guaranteelab.base.UserText;

/**
 * A student's "why I chose this", checked the way scenario notes are: line breaks kept, other control
 * characters dropped, and a hidden or direction-changing character refused (not removed), so that the
 * student learns what was there and the board never shows text that reads other than it is.
 */
public final class Reasons {

    private Reasons() {
    }

    /** The reason as it is checked and stored: one Unicode form, no control characters, trimmed. */
    public static String clean(String typed) {
        return UserText.paragraphs(typed);
    }

    /** What is wrong with a cleaned reason, in words for the student; empty if it can be submitted. */
    public static Optional<String> problem(String cleaned) {
        if (cleaned.length() > ClassSubmission.REASON_LENGTH) {
            return Optional.of(Refusal.REASON_TOO_LONG.message());
        }
        return HiddenCharacters.first(cleaned).map(found -> "Your reason holds " + found.describe()
                + ". Delete it (it may have come with copied text) and submit again; your choices stay here.");
    }

    static Optional<Refusal> refusal(String cleaned) {
        if (cleaned.length() > ClassSubmission.REASON_LENGTH) {
            return Optional.of(Refusal.REASON_TOO_LONG);
        }
        return HiddenCharacters.first(cleaned).map(found -> Refusal.REASON_HIDDEN);
    }
}
