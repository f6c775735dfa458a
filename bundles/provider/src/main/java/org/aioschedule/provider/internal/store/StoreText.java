package org.aioschedule.provider.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;

import org.aioschedule.engine.store.OneLineText;

/**
 * Text that Kura's stores keep intact. Ids and records may be any Java string, but a database column or the
 * key-value service may lose NUL characters and unpaired surrogates (which UTF-8 cannot carry), so:
 * <ul>
 * <li>{@link #escape} writes backslash, line feed, NUL and unpaired surrogates as {@code \\}, {@code \n}, {@code \0}
 * and {@code \}{@code uXXXX}: the result is valid Unicode on one line;</li>
 * <li>{@link #encode} keeps a value as it is when it needs no escape and does not start with {@code ~} (every JSON
 * record), else writes {@code ~} and the escaped value;</li>
 * <li>{@link #keyOf} names a record: the id itself when it is plain, short and does not start with {@code .}, {@code #}
 * or {@code ~}; else {@code #} and the SHA-256 of the escaped id, so keys stay short and never clash with the store's
 * own {@code .}-names.</li>
 * </ul>
 * Reading is the engine's {@link OneLineText#unescape}, which reads every escape written here. Writing keeps this
 * narrower escape (other control characters stay as they are, NUL is {@code \0}): the keys of stored records are
 * hashes of it, so another escape would give existing records other keys; and an older provider reads what it writes.
 */
final class StoreText {

    static final int MAX_PLAIN_KEY = 200;
    private static final char ENCODED = '~';
    private static final char HASHED = '#';
    private static final char RESERVED = '.';
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StoreText() {
    }

    static String encode(String value) {
        return isPlain(value) && (value.isEmpty() || value.charAt(0) != ENCODED) ? value : ENCODED + escape(value);
    }

    static String decode(String stored) throws ParseException {
        return !stored.isEmpty() && stored.charAt(0) == ENCODED ? unescape(stored.substring(1)) : stored;
    }

    static String keyOf(String id) {
        if (isPlain(id) && !id.isEmpty() && id.length() <= MAX_PLAIN_KEY) {
            char first = id.charAt(0);
            if (first != ENCODED && first != HASHED && first != RESERVED) {
                return id;
            }
        }
        return HASHED + sha256(escape(id));
    }

    static String escape(String s) {
        if (isPlain(s) && s.indexOf('\\') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == 0) {
                out.append("\\0");
            } else if (isLoneSurrogate(s, i)) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads what {@link #escape} wrote (and anything {@link OneLineText#escape} writes). */
    static String unescape(String s) throws ParseException {
        return OneLineText.unescape(s);
    }

    /** @return the string escaped and cut to 80 characters, for messages */
    static String shown(String s) {
        String escaped = OneLineText.escape(s.length() > 80 ? s.substring(0, 80) : s);
        return s.length() > 80 ? escaped + "..." : escaped;
    }

    static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || Character.isSurrogate(c) && isLoneSurrogate(s, i)) {
                return false;
            }
        }
        return true;
    }

    static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            char[] hex = new char[digest.length * 2];
            for (int i = 0; i < digest.length; i++) {
                hex[2 * i] = HEX[digest[i] >> 4 & 15];
                hex[2 * i + 1] = HEX[digest[i] & 15];
            }
            return new String(hex);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
