package org.guaranteelab.authoring;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids for what authors name: lower-case words joined by hyphens, as the case format wants them. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_LENGTH = 40;
    private static final int CASE_ID_RANDOM = 14;
    private static final Pattern CASE_ID = Pattern.compile("case-[a-z0-9]{" + CASE_ID_RANDOM + "}");

    private Ids() {
    }

    /**
     * A new case's id: "case-" and 14 random characters (72 bits), so that an unlisted case cannot be
     * found by trying ids, and no bundled case's id can be taken.
     */
    public static String newCaseId() {
        var id = new StringBuilder("case-");
        for (int i = 0; i < CASE_ID_RANDOM; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    public static boolean isCaseId(String id) {
        return CASE_ID.matcher(id).matches();
    }

    /** "Foreign forces (EU)" → "foreign-forces-eu"; {@code fallback} where no letter or digit is left. */
    public static String slug(String name, String fallback) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** A slug of {@code name} that none of {@code taken} is, numbered if need be. */
    public static String unique(String name, String fallback, Collection<String> taken) {
        var base = slug(name, fallback);
        var id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
