package org.guaranteelab.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a passage, as spans of the article, so that an author can pick a quote by its first
 * and last word (with the keyboard, or from a selection made with the mouse).
 */
public final class Words {

    private static final String QUOTATION_MARKS = "\"“”„«»‘’'";

    private Words() {
    }

    public static List<Span> of(String text, Span passage) {
        var words = new ArrayList<Span>();
        int i = passage.start();
        while (i < passage.end()) {
            while (i < passage.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < passage.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Span(start, i));
            }
        }
        return words;
    }

    /**
     * From the start of {@code first} to the end of {@code last}, without quotation marks at either
     * end: the app puts its own around every quote.
     */
    public static Span quote(String text, Span first, Span last) {
        int start = Math.min(first.start(), last.start());
        int end = Math.max(first.end(), last.end());
        while (start < end && (QUOTATION_MARKS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (QUOTATION_MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1))
                || (end - start > 1 && QUOTATION_MARKS.indexOf(text.charAt(end - 2)) >= 0 && ",.".indexOf(text.charAt(end - 1)) >= 0))) {
            end--;
        }
        return new Span(start, end);
    }

    /** The index of the word that holds (or first follows) {@code offset}. */
    public static int at(List<Span> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (offset < words.get(i).end()) {
                return i;
            }
        }
        return words.size() - 1;
    }
}
