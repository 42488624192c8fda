package org.guaranteelab.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Capability tokens for share links: 128 random bits from {@link SecureRandom}, written as 22
 * URL-safe characters. Only their SHA-256 hashes are stored.
 */
public final class ShareToken {

    public static final int LENGTH = 22;
    private static final int BYTES = 16;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ShareToken() {
    }

    public static String generate() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    public static boolean isWellFormed(@Nullable String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /**
     * The stored form of a token. Any string hashes in the same time, malformed or not, so that a
     * lookup takes as long for a guess as for a real token.
     */
    public static String hash(@Nullable String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var input = token == null ? "" : token.length() > 256 ? token.substring(0, 256) : token;
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
