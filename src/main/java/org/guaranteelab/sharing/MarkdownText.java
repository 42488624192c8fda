package org.guaranteelab.sharing;

/**
 * Puts text into Markdown so that it reads as the same text once rendered. What users type is
 * escaped so that it cannot become a link, an image, HTML, a heading or a list; our own case text
 * only needs its inline markers escaped, because it is always written after a line's prefix.
 */
final class MarkdownText {

    /** Characters CommonMark gives meaning to inline: emphasis, code, links, images, HTML, entities. */
    private static final String INLINE = "\\`*_[]<>&~|!";

    /**
     * Also block markers (#, >, -, +, =, "1." and "1)") and what GitHub-style renderers turn into
     * links without brackets (https://…, www.…, name@host). CommonMark lets any ASCII punctuation
     * be backslash-escaped, so escaping more than needed is harmless.
     */
    private static final String USER = INLINE + "#+-=.():@{}$";

    private MarkdownText() {
    }

    /** One line the user typed; line breaks, if any slipped in, become spaces. */
    static String userLine(String text) {
        return escape(text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(), USER);
    }

    /**
     * Text of several lines the user typed: blank lines separate paragraphs, other line breaks are
     * kept as hard breaks. Leading spaces are dropped so that no line turns into a code block.
     */
    static String userParagraphs(String text) {
        var lines = text.strip().split("\\r?\\n", -1);
        var out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            var line = escape(lines[i].strip(), USER);
            out.append(line);
            if (i + 1 < lines.length) {
                var continues = !line.isEmpty() && !lines[i + 1].isBlank();
                out.append(continues ? "\\\n" : "\n");
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }

    /** Our own text: quotes, names and summaries from the case. */
    static String text(String text) {
        return escape(text, INLINE);
    }

    private static String escape(String text, String special) {
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            if (codePoint < 128 && special.indexOf(codePoint) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(codePoint);
        });
        return out.toString();
    }
}
