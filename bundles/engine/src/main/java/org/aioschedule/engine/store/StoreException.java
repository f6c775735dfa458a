package org.aioschedule.engine.store;

/** A store could not read or durably write its data. The message names the file or directory concerned. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the path concerned
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming the path concerned
     * @param cause   the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
