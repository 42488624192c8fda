package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits an article into passages: one per paragraph (a line of text), and a paragraph longer than
 * {@link #LONG} characters at its sentence ends, or failing those at a space, so that a passage
 * stays short enough to read and quote from. Passages are spans of the text; no character is changed.
 */
public final class ArticleSplitter {

    /** A paragraph longer than this is split; a passage is at most this long unless a word is longer. */
    public static final int LONG = 600;

    private ArticleSplitter() {
    }

    public static List<Span> split(String text) {
        var passages = new ArrayList<Span>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            paragraph(text, lineStart, lineEnd, passages);
            lineStart = lineEnd + 1;
        }
        return passages;
    }

    /** The passages a passage becomes when split at {@code offset} (an offset into the article). */
    public static List<Span> splitAt(String text, Span passage, int offset) {
        var first = trimmed(text, passage.start(), offset);
        var second = trimmed(text, offset, passage.end());
        if (first == null || second == null) {
            return List.of(passage);
        }
        return List.of(first, second);
    }

    private static void paragraph(String text, int start, int end, List<Span> passages) {
        var rest = trimmed(text, start, end);
        while (rest != null) {
            if (rest.length() <= LONG) {
                passages.add(rest);
                return;
            }
            int cut = cut(text, rest.start(), rest.start() + LONG);
            passages.add(trimmed(text, rest.start(), cut));
            rest = trimmed(text, cut, rest.end());
        }
    }

    /** Where to end a passage that may not run past {@code limit}: after the last sentence end, else the last space. */
    private static int cut(String text, int start, int limit) {
        int space = -1;
        for (int i = limit; i > start + LONG / 3; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?' || before == '”' || before == '"') {
                    return i;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        return space > 0 ? space : limit;
    }

    private static @Nullable Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new Span(start, end);
    }
}
