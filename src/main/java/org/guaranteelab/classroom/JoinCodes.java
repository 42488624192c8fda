package org.guaranteelab.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), e.g.
 * {@code K7QM-3XTD} as shown. 29^8 ≈ 5·10^11 codes; guessing is further slowed by the per-client
 * limit on wrong codes. Codes are spoken and typed in a room, so they are not secrets like tokens.
 */
public final class JoinCodes {

    public static final int LENGTH = 8;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static Supplier<String> random() {
        return () -> {
            var code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return code.toString();
        };
    }

    /**
     * The code someone typed, as stored: upper case, without spaces or dashes. Empty if it cannot
     * be a code (wrong length, or a character outside the alphabet).
     */
    public static Optional<String> normalize(@Nullable String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** For reading aloud and off a projector: two groups of four. */
    public static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
