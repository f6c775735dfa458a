package org.aioschedule.engine.internal.cron;

import java.util.BitSet;

final class ValueSet {

    private final BitSet bits;

    ValueSet(BitSet bits) {
        this.bits = (BitSet) bits.clone();
    }

    static ValueSet range(int from, int to) {
        BitSet bits = new BitSet();
        bits.set(from, to + 1);
        return new ValueSet(bits);
    }

    /** The smallest value at or above {@code from}, or -1 when there is none. */
    int next(int from) {
        return bits.nextSetBit(Math.max(from, 0));
    }

    boolean contains(int value) {
        return value >= 0 && bits.get(value);
    }
}
