package org.aioschedule.kura.emulator.metatype;

import java.util.List;

/** Converts split default values to the typed array Kura builds for each scalar. */
final class ScalarConversion {

    private ScalarConversion() {
    }

    static Object[] convert(KuraScalar type, List<String> values, String attributeId) throws KuraMetatypeException {
        try {
            return convert(type, values);
        } catch (RuntimeException e) {
            throw new KuraMetatypeException("default " + values + " of AD '" + attributeId + "' is not a valid "
                    + type.xmlName() + ": Kura fails to seed this configuration", e);
        }
    }

    private static Object[] convert(KuraScalar type, List<String> values) {
        int n = values.size();
        switch (type) {
            case LONG:
                return fill(new Long[n], values, Long::valueOf);
            case DOUBLE:
                return fill(new Double[n], values, Double::valueOf);
            case FLOAT:
                return fill(new Float[n], values, Float::valueOf);
            case INTEGER:
                return fill(new Integer[n], values, Integer::valueOf);
            case BYTE:
                return fill(new Byte[n], values, Byte::valueOf);
            case CHAR:
                return fill(new Character[n], values, v -> v.charAt(0));
            case BOOLEAN:
                return fill(new Boolean[n], values, Boolean::valueOf);
            case SHORT:
                return fill(new Short[n], values, Short::valueOf);
            case STRING:
            case PASSWORD:
            default:
                return values.toArray(new String[n]);
        }
    }

    private static <T> T[] fill(T[] target, List<String> values, java.util.function.Function<String, T> parse) {
        for (int i = 0; i < target.length; i++) {
            target[i] = parse.apply(values.get(i));
        }
        return target;
    }
}
