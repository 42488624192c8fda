package org.guaranteelab.base;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Cleans text users type before it is checked and stored: one Unicode form, no control characters
 * (which show as nothing or as boxes). What could hide or reorder what others read (direction
 * controls, zero-width characters, lone surrogates: {@link HiddenCharacters}) is not removed quietly
 * but refused by {@link #problem}, so that the writer sees what was there and loses nothing else.
 * Shared by sharing's titles and notes and classroom's reasons.
 */
public final class UserText {

    private UserText() {
    }

    /** For one-line fields: every control character goes, surrounding space is trimmed. */
    public static String line(String text) {
        return clean(text, false);
    }

    /** For notes: line breaks and tabs stay (as \n), other control characters go. */
    public static String paragraphs(String text) {
        return clean(text, true);
    }

    /** E.g. "The title holds an invisible or direction-changing character (U+202E …) after “plan”. …" */
    public static Optional<String> problem(String field, String cleaned) {
        return HiddenCharacters.first(cleaned).map(found -> field + " holds " + found.describe()
                + ". Delete it (it may have come with copied text) and save again.");
    }

    private static String clean(String text, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        var normalised = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        var cleaned = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(codePoint -> {
            if (keepLineBreaks && (codePoint == '\n' || codePoint == '\t')) {
                cleaned.appendCodePoint(codePoint);
            } else if (!Character.isISOControl(codePoint)) {
                cleaned.appendCodePoint(codePoint);
            }
        });
        return cleaned.toString().strip();
    }
}
