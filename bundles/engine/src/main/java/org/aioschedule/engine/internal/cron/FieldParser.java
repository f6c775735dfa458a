package org.aioschedule.engine.internal.cron;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

final class FieldParser {

    private final Field field;
    private final CronErrors errors;

    FieldParser(Field field, CronErrors errors) {
        this.field = field;
        this.errors = errors;
    }

    ValueSet parse(String token) {
        BitSet bits = new BitSet();
        for (String element : elements(token)) {
            add(element, bits);
        }
        return new ValueSet(bits);
    }

    List<String> elements(String token) {
        List<String> elements = new ArrayList<>();
        int start = 0;
        for (int comma = token.indexOf(','); comma >= 0; comma = token.indexOf(',', start)) {
            elements.add(token.substring(start, comma));
            start = comma + 1;
        }
        elements.add(token.substring(start));
        if (elements.contains("")) {
            throw errors.field(field, field.label + " \"" + token + "\" has an empty list element");
        }
        return elements;
    }

    /** A single number or name, as in {@code 6}, {@code FRI} or {@code JAN}. */
    int single(String text) {
        TokenReader reader = new TokenReader(text);
        int value = value(reader, text);
        if (!reader.atEnd()) {
            throw errors.syntax(field, text);
        }
        return value;
    }

    private void add(String element, BitSet bits) {
        TokenReader reader = new TokenReader(element);
        boolean all = reader.accept('*');
        boolean named = !all && reader.atLetter();
        int start = all ? field.min : value(reader, element);
        int end = all ? field.max : start;
        boolean range = !all && reader.accept('-');
        if (range) {
            if (reader.atLetter() != named) {
                throw errors.syntax(field, element);
            }
            end = value(reader, element);
        }
        int step = reader.accept('/') ? step(reader, element) : 0;
        if (!reader.atEnd() || named && step > 0) {
            throw errors.syntax(field, element);
        }
        if (step > 0 && !range && !all) {
            end = field.max;
        }
        fill(bits, start, end, Math.max(step, 1), element);
    }

    private int value(TokenReader reader, String element) {
        if (reader.atDigit()) {
            String digits = reader.digits();
            int value = TokenReader.toInt(digits);
            if (value < field.min || value > field.max) {
                throw errors.outOfRange(field, "", digits);
            }
            return value;
        }
        if (field.hasNames() && reader.atLetter()) {
            String name = reader.letters();
            int value = field.nameValue(name);
            if (value < 1) {
                throw errors.outOfRange(field, "", "\"" + name + "\"");
            }
            return value;
        }
        throw errors.syntax(field, element);
    }

    private int step(TokenReader reader, String element) {
        String digits = reader.digits();
        if (digits.isEmpty()) {
            throw errors.syntax(field, element);
        }
        int step = TokenReader.toInt(digits);
        if (step < 1 || step > field.maxStep) {
            throw errors.field(field, field.label + " step " + digits + " in \"" + element + "\" is not between 1 and "
                    + field.maxStep);
        }
        return step;
    }

    private void fill(BitSet bits, int start, int end, int step, String element) {
        int span = field.max - field.min + 1;
        int last = end;
        if (end < start) {
            if (field == Field.YEAR) {
                throw errors.field(field, "year range \"" + element + "\" goes backwards; put the earlier year first");
            }
            last = end + span;
        }
        for (int value = start; value <= last; value += step) {
            bits.set(field.min + (value - field.min) % span);
        }
    }
}
