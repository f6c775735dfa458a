package org.eclipse.kura.cloudconnection.request;

/** Keys of a request message's properties. */
public enum RequestHandlerMessageConstants {

    /** The resource path's segments after the method, a {@code List<String>}. */
    ARGS_KEY("args");

    private final String value;

    RequestHandlerMessageConstants(final String value) {
        this.value = value;
    }

    public String value() {
        return this.value;
    }
}
