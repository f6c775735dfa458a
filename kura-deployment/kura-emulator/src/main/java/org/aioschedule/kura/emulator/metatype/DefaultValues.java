package org.aioschedule.kura.emulator.metatype;

import java.util.ArrayList;
import java.util.List;

/**
 * Kura's splitting of a metatype default: {@code ','} separates values, {@code '\'} makes the next character
 * literal, unescaped whitespace at the edges of each value is dropped, and a trailing lone {@code '\'} is ignored.
 */
public final class DefaultValues {

    private static final char DELIMITER = ',';
    private static final char ESCAPE = '\\';

    private DefaultValues() {
    }

    /** Splits {@code text} into values the way Kura does; {@code "a\,b, c"} gives {@code ["a,b", "c"]}. */
    public static List<String> split(String text) {
        List<String> values = new ArrayList<>();
        Token token = new Token();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == DELIMITER) {
                values.add(token.finish());
            } else if (c == ESCAPE) {
                if (i + 1 < text.length()) {
                    token.appendLiteral(text.charAt(++i));
                }
            } else {
                token.append(c);
            }
        }
        values.add(token.finish());
        return values;
    }

    /** One value being read: whitespace is held back until a literal character follows it. */
    private static final class Token {

        private final StringBuilder text = new StringBuilder();
        private final StringBuilder pendingWhitespace = new StringBuilder();

        void append(char c) {
            if (!Character.isWhitespace(c)) {
                appendLiteral(c);
            } else if (this.text.length() > 0) {
                this.pendingWhitespace.append(c);
            }
        }

        void appendLiteral(char c) {
            this.text.append(this.pendingWhitespace).append(c);
            this.pendingWhitespace.setLength(0);
        }

        String finish() {
            String value = this.text.toString();
            this.text.setLength(0);
            this.pendingWhitespace.setLength(0);
            return value;
        }
    }
}
