package org.guaranteelab.base;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Locale;
import java.util.Optional;

/**
 * Characters that change what others read without being seen: direction controls (U+202E turns
 * "gpj.exe" around), zero-width and other default-ignorable characters, fillers that draw as blank
 * (Hangul fillers, the braille blank), and lone surrogates, which are not text at all. Names, titles
 * and notes with one of these are refused, not silently cleaned, so the writer learns what was there.
 *
 * <p>Joiners and variation selectors are allowed where writing needs them: a zero-width joiner inside
 * an emoji sequence (👩‍💻), a joiner or non-joiner after a virama or between letters of a script that
 * joins (Persian "می‌خواهم"; after RFC 5892's CONTEXTJ rules, simplified), a variation selector after a
 * visible character, and tag characters in a flag sequence (🏴 followed by tags).
 */
public final class HiddenCharacters {

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int WAVING_BLACK_FLAG = 0x1F3F4;
    private static final int BRAILLE_BLANK = 0x2800;
    private static final int VIRAMA = 9;

    private HiddenCharacters() {
    }

    /** One character that was refused, and where: for a message such as "… (U+202E …) after “plan”". */
    public record Found(int codePoint, int index, String before) {

        /** E.g. "an invisible or direction-changing character (U+202E RIGHT-TO-LEFT OVERRIDE) after “plan”". */
        public String describe() {
            var name = Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF ? "LONE SURROGATE"
                    : Optional.ofNullable(UCharacter.getName(codePoint)).orElse("UNNAMED");
            var where = before.isEmpty() ? " at the start" : " after “" + before + "”";
            return "an invisible or direction-changing character (U+" + String.format(Locale.ROOT, "%04X", codePoint)
                    + " " + name + ")" + where;
        }
    }

    /** The first hidden character of the text, if any; line breaks and tabs are the caller's business. */
    public static Optional<Found> first(String text) {
        int previous = -1;
        for (int index = 0; index < text.length(); ) {
            var codePoint = text.codePointAt(index);
            var next = index + Character.charCount(codePoint) < text.length()
                    ? text.codePointAt(index + Character.charCount(codePoint)) : -1;
            if (isHidden(codePoint) && !allowedHere(previous, codePoint, next)) {
                return Optional.of(new Found(codePoint, index, context(text, index)));
            }
            previous = codePoint;
            index += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /**
     * Whether the character is hidden wherever it stands (no context): for echoing text the app does
     * not keep, such as an ignored parameter, where it is replaced rather than refused.
     */
    public static boolean isHidden(int codePoint) {
        return Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF
                || UCharacter.hasBinaryProperty(codePoint, UProperty.BIDI_CONTROL)
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || codePoint == BRAILLE_BLANK;
    }

    /** Whether the text shows anything: a letter, digit, symbol or punctuation that is not hidden. */
    public static boolean isVisible(String text) {
        return text.codePoints().anyMatch(codePoint -> !isHidden(codePoint) && switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> false;
            default -> true;
        });
    }

    private static boolean allowedHere(int previous, int codePoint, int next) {
        if (previous < 0) {
            return false;
        }
        if (codePoint == ZWJ && isPictographic(previous) && next >= 0 && isPictographic(next)) {
            return true;
        }
        if (codePoint == ZWJ || codePoint == ZWNJ) {
            return UCharacter.getCombiningClass(previous) == VIRAMA
                    || next >= 0 && joiningScript(previous) && UScript.getScript(previous) == UScript.getScript(next);
        }
        if (UCharacter.hasBinaryProperty(codePoint, UProperty.VARIATION_SELECTOR)) {
            return !isHidden(previous) && !Character.isWhitespace(previous);
        }
        return isTag(codePoint) && (previous == WAVING_BLACK_FLAG || isTag(previous));
    }

    /** Pictographs and the modifiers and selectors that may end one inside a ZWJ sequence. */
    private static boolean isPictographic(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_MODIFIER)
                || codePoint == 0xFE0F;
    }

    /** Scripts whose letters change shape by their neighbours, where a (non-)joiner is a spelling. */
    private static boolean joiningScript(int codePoint) {
        var script = UScript.getScript(codePoint);
        return Character.isLetter(codePoint) && script != UScript.LATIN && script != UScript.GREEK
                && script != UScript.CYRILLIC && script != UScript.COMMON && script != UScript.INHERITED;
    }

    private static boolean isTag(int codePoint) {
        return codePoint >= 0xE0020 && codePoint <= 0xE007F;
    }

    /** Up to 20 characters before the index, from the last line break on. */
    private static String context(String text, int index) {
        var start = Math.max(0, index - 20);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        var before = text.substring(start, index);
        var lineBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\t'));
        return (start > 0 ? "…" : "") + before.substring(lineBreak + 1);
    }
}
