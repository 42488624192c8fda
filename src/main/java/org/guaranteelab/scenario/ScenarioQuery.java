package org.guaranteelab.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query string of a scenario address ({@code nato=bridge&g7}), read from outside input: the
 * API, saved scenarios, class submissions, a draft to compare. One pass over the text, with its
 * limits checked before any decoding, so that no input costs more than a few microseconds per
 * character. (Vaadin's {@code QueryParameters.fromString} copies a list for every repeat of a name,
 * which made 1 MB of {@code a&a&…} take minutes: issue #22.)
 *
 * <p>A real scenario has one parameter per chosen option, fewer than {@value #MAX_PARAMETERS}, and
 * its address a few hundred characters.
 */
public final class ScenarioQuery {

    /** Characters of the raw query; the longest real address is about 400. */
    public static final int MAX_LENGTH = 4096;
    /** Parameters, repeats included; the case has fewer options than this. */
    public static final int MAX_PARAMETERS = ScenarioAddress.MAX_PARAMETERS;
    /** How often one name may appear; a name given twice is already a mistake (the first counts). */
    public static final int MAX_REPEATS = 4;

    private ScenarioQuery() {
    }

    /** What a query string holds: its parameters, or why it was not read. */
    public sealed interface Parsed permits Read, Refused {
    }

    /** Name → values in the order given; a name without "=" has the value "". */
    public record Read(Map<String, List<String>> parameters) implements Parsed {
        public Read {
            var copy = new LinkedHashMap<String, List<String>>();
            parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            parameters = Collections.unmodifiableMap(copy);
        }
    }

    /** Nothing was read; {@code reason} says why, in words for the user. */
    public record Refused(String reason) implements Parsed {
    }

    /**
     * Reads a raw (still percent-encoded) query string, with or without its leading "?". Null or
     * blank is the empty scenario.
     */
    public static Parsed parse(String rawQuery) {
        if (rawQuery == null) {
            return new Read(Map.of());
        }
        var query = rawQuery.startsWith("?") ? rawQuery.substring(1) : rawQuery;
        if (query.length() > MAX_LENGTH) {
            return new Refused("the address is " + query.length() + " characters long; a scenario's address has at most "
                    + MAX_LENGTH);
        }
        int separators = 0;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '&') {
                separators++;
            }
        }
        if (separators >= MAX_PARAMETERS) {
            return new Refused("the address has " + (separators + 1) + " parameters; a scenario has at most "
                    + MAX_PARAMETERS);
        }
        var parameters = new LinkedHashMap<String, List<String>>();
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (end > start) {
                int equals = query.indexOf('=', start);
                boolean hasValue = equals >= 0 && equals < end;
                String name;
                String value;
                try {
                    name = decode(query, start, hasValue ? equals : end);
                    value = hasValue ? decode(query, equals + 1, end) : "";
                } catch (IllegalArgumentException malformed) {
                    return new Refused(malformed.getMessage());
                }
                var values = parameters.computeIfAbsent(name, key -> new ArrayList<>());
                if (values.size() == MAX_REPEATS) {
                    return new Refused("“" + shown(name) + "” is given more than " + MAX_REPEATS + " times");
                }
                values.add(value);
            }
            start = end + 1;
        }
        return new Read(parameters);
    }

    /** Percent-decoding of {@code text[from, to)}, "+" as a space, as browsers encode form fields. */
    private static String decode(String text, int from, int to) {
        var bytes = new byte[(to - from) * 4];
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < to ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < to ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("“" + shown(text.substring(i, Math.min(i + 3, to))) + "” is not a valid "
                            + "escape: a % must be followed by two hexadecimal digits");
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes[length++] = ' ';
            } else {
                var encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
            }
        }
        // Malformed UTF-8 becomes U+FFFD, as in a browser; the decoder then reports the name as unknown.
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static String shown(String text) {
        var visible = text.codePoints()
                .map(codePoint -> Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                        ? '?' : codePoint)
                .limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() < text.length() ? visible + "…" : visible;
    }
}
