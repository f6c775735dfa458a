package org.aioschedule.provider.internal.store;

import org.aioschedule.engine.store.StoreException;
import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;

/** Kura's key-value service as the store uses it: its failures become {@link StoreException}s naming the service. */
final class KeyValueAccess {

    private final KeyValueDbService service;
    private final String description;

    KeyValueAccess(KeyValueDbService service, String description) {
        this.service = service;
        this.description = description;
    }

    void checkConnected() throws StoreException {
        if (!service.isConnected()) {
            throw new StoreException(description + " is not connected");
        }
    }

    String get(String key) throws StoreException {
        try {
            return service.getAsString(key);
        } catch (KuraException | RuntimeException e) {
            throw failure("read", key, e);
        }
    }

    void set(String key, String value) throws StoreException {
        try {
            service.set(key, value);
        } catch (KuraException | RuntimeException e) {
            throw failure("write", key, e);
        }
    }

    void delete(String key) throws StoreException {
        try {
            service.delete(key);
        } catch (KuraException | RuntimeException e) {
            throw failure("delete", key, e);
        }
    }

    private StoreException failure(String action, String key, Exception e) {
        if (e instanceof KuraException && ((KuraException) e).getCode() == KuraErrorCode.NOT_CONNECTED) {
            return new StoreException(description + " is not connected: cannot " + action + " " + key, e);
        }
        return new StoreException(description + ": cannot " + action + " " + key + ": " + e.getMessage(), e);
    }
}
