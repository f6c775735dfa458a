package org.aioschedule.provider.internal.store;

/** Fails the n-th mutating operation of a wrapped service from the moment it is armed; disarmed, it does nothing. */
final class Faults {

    private int remaining = -1;
    private int seen;

    synchronized void failAfter(int operations) {
        remaining = operations;
    }

    synchronized void disarm() {
        remaining = -1;
    }

    /** Counts one mutating operation. */
    synchronized void tick(String what) throws InjectedFault {
        seen++;
        if (remaining == 0) {
            throw new InjectedFault("injected failure of " + what);
        }
        if (remaining > 0) {
            remaining--;
        }
    }

    /** Mutating operations seen since the last call. */
    synchronized int takeCount() {
        int n = seen;
        seen = 0;
        return n;
    }

    static final class InjectedFault extends Exception {
        private static final long serialVersionUID = 1L;

        InjectedFault(String message) {
            super(message);
        }
    }
}
