package org.aioschedule.engine.store;

import java.text.ParseException;

/**
 * Any Java string as one line of valid Unicode text, and back: backslash, line feed, carriage return and tab are
 * written {@code \\}, {@code \n}, {@code \r}, {@code \t}; other control characters, DEL and unpaired surrogates
 * (which UTF-8 cannot carry) as {@code \}{@code uXXXX} in lower-case hex; everything else as it is. The store's
 * quarantine file uses it, and stores that keep text in a database column or a key-value service can too.
 *
 * @since 1.1
 */
public final class OneLineText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private OneLineText() {
    }

    /** Whether {@link #escape} would change {@code s}. */
    public static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7F || Character.isSurrogate(c) && isLoneSurrogate(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} on one line of valid Unicode; {@link #unescape} gives it back exactly. */
    public static String escape(String s) {
        if (!needsEscape(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && isLoneSurrogate(s, i)) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The string {@link #escape} was given. {@code \0} is read as NUL too, for text escaped that way before.
     *
     * @throws ParseException at a backslash not followed by one of {@code \ n r t 0} or by {@code u} and four hex
     *             digits, for example {@code \x}
     */
    public static String unescape(String s) throws ParseException {
        int backslash = s.indexOf('\\');
        if (backslash < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, backslash);
        for (int i = backslash; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            int simple = "\\nrt0".indexOf(next);
            if (simple >= 0) {
                out.append("\\\n\r\t\0".charAt(simple));
                i++;
            } else if (next == 'u' && i + 6 <= s.length()) {
                out.append((char) hex(s, i + 2));
                i += 5;
            } else {
                throw new ParseException("bad escape at character " + i + " (valid: \\\\ \\n \\r \\t \\0 \\u0000)", i);
            }
        }
        return out.toString();
    }

    private static int hex(String s, int from) throws ParseException {
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(s.charAt(i), 16);
            if (digit < 0) {
                throw new ParseException("bad \\u escape at character " + (from - 2) + " (valid: \\u00e9)", from - 2);
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
