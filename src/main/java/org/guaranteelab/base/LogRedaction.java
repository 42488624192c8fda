package org.guaranteelab.base;

import java.util.regex.Pattern;

/**
 * Takes capability tokens out of log text: whatever follows {@code /s/}, {@code /e/}, {@code /t/},
 * {@code /c/}, {@code /remix/}, {@code /write/} (a case's edit link) or {@code /api/scenarios/} up to the next "/", "?", quote, bracket or
 * space, and the value of a {@code code=} (join code) parameter, become "[redacted]". Applied to
 * every message and stack trace the app logs (SingleLineMessage, RedactedThrowable), so framework and
 * server lines are covered too: Vaadin's "Blocked attempt to access file: /e/&lt;token&gt;/..", Tomcat's
 * "Invalid character found in the request target [/e/&lt;token&gt;/{]" (issue #22).
 */
public final class LogRedaction {

    static final String REDACTED = "[redacted]";
    private static final Pattern TOKEN_SEGMENT = Pattern.compile(
            "(?i)(/(?:s|e|t|c|remix|write|api/scenarios)/)[^/?#&:;,\\s\"'<>()\\[\\]{}|^`\\\\]+");
    private static final Pattern JOIN_CODE = Pattern.compile("(?i)([?&;]code=)[^&\\s\"'<>\\[\\]]+");

    private LogRedaction() {
    }

    public static String redact(String text) {
        if (text == null || text.indexOf('/') < 0 && text.indexOf('=') < 0) {
            return text;
        }
        var withoutTokens = TOKEN_SEGMENT.matcher(text).replaceAll("$1" + REDACTED);
        return JOIN_CODE.matcher(withoutTokens).replaceAll("$1" + REDACTED);
    }
}
