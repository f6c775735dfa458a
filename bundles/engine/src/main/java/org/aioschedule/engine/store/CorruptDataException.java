package org.aioschedule.engine.store;

/** Bytes in a store file do not decode; internal to the file store. */
final class CorruptDataException extends Exception {

    private static final long serialVersionUID = 1L;

    CorruptDataException(String message) {
        super(message);
    }
}
