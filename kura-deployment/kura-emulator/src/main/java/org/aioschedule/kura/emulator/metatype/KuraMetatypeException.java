package org.aioschedule.kura.emulator.metatype;

/** A metatype file Kura would fail to read, or a default value Kura would fail to convert. */
public class KuraMetatypeException extends Exception {

    private static final long serialVersionUID = 1L;

    public KuraMetatypeException(String message) {
        super(message);
    }

    public KuraMetatypeException(String message, Throwable cause) {
        super(message, cause);
    }
}
