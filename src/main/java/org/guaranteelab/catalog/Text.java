package org.guaranteelab.catalog;

/** Text comparisons that ignore differences of whitespace, as quotes are checked against passages. */
final class Text {

    private Text() {
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
