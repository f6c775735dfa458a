package org.aioschedule.engine.internal.cron;

final class TokenReader {

    private static final int SATURATED = 9_999_999;

    private final String text;
    private int pos;

    TokenReader(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    boolean accept(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    boolean atDigit() {
        return !atEnd() && isDigit(text.charAt(pos));
    }

    boolean atLetter() {
        return !atEnd() && text.charAt(pos) >= 'A' && text.charAt(pos) <= 'Z';
    }

    String digits() {
        int start = pos;
        while (atDigit()) {
            pos++;
        }
        return text.substring(start, pos);
    }

    String letters() {
        int start = pos;
        while (atLetter()) {
            pos++;
        }
        return text.substring(start, pos);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The value of ASCII digits, saturated at a large number so that out-of-range values stay out of range. */
    static int toInt(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = Math.min(SATURATED, value * 10 + digits.charAt(i) - '0');
        }
        return value;
    }
}
