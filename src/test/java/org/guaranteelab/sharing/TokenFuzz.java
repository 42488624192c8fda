package org.guaranteelab.sharing;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.guaranteelab.base.ShareToken;

/** Seeded random tokens for fuzzing the routes and endpoints that take a share token. */
public final class TokenFuzz {

    private TokenFuzz() {
    }

    /** Tokens of every kind a link could be mangled into: wrong length, unicode, slashes, controls, huge. */
    public static String randomToken(Random random) {
        String[] alphabets = {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                "/\\.%;?#&=+ :@!$'()*,[]{}<>\"|^`~", "ДобрийденьКиїв€™“”‘’…", "\u0000\u0007\n\r\t\u202E\u200B\uFEFF",
                "😀🇺🇦𝔘"};
        var length = switch (random.nextInt(5)) {
            case 0 -> ShareToken.LENGTH;
            case 1 -> 1 + random.nextInt(ShareToken.LENGTH);
            case 2 -> 1000 + random.nextInt(9000);
            default -> 1 + random.nextInt(60);
        };
        var token = new StringBuilder();
        while (token.length() < length) {
            var alphabet = alphabets[random.nextInt(random.nextInt(3) == 0 ? alphabets.length : 1)];
            var codePoints = alphabet.codePoints().toArray();
            token.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        // "." and ".." are path segments, not tokens: the request would go to another address.
        return token.toString().matches("\\.{1,2}") ? token + "x" : token.toString();
    }

    /** Every byte but the unreserved characters percent-encoded, as a browser sends a pasted link. */
    public static String percentEncoded(String token) {
        var encoded = new StringBuilder();
        for (var b : token.getBytes(StandardCharsets.UTF_8)) {
            var c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
