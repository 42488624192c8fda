package org.guaranteelab.sharing;

import java.text.Normalizer;

/**
 * Cleans text users type before it is checked and stored: one Unicode form, no invisible control
 * or direction-override characters that could hide or reorder what others read.
 */
final class UserText {

    private UserText() {
    }

    /** For one-line fields: every control character goes, surrounding space is trimmed. */
    static String line(String text) {
        return clean(text, false);
    }

    /** For notes: line breaks and tabs stay (as \n), other control characters go. */
    static String paragraphs(String text) {
        return clean(text, true);
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
            } else if (!Character.isISOControl(codePoint) && !isDirectionControl(codePoint)) {
                cleaned.appendCodePoint(codePoint);
            }
        });
        return cleaned.toString().strip();
    }

    private static boolean isDirectionControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
