package org.aioschedule.provider.internal.store;

import org.aioschedule.engine.store.StoreException;

/** The database service behind a store now opens another database (Kura applied a new URL in place). */
public final class StoreMovedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String url;

    StoreMovedException(String message, String url) {
        super(message);
        this.url = url;
    }

    /** The (redacted) URL the service opens now. */
    public String url() {
        return url;
    }
}
