package org.aioschedule.provider.internal.store;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.connection.listener.ConnectionListener;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;

/** A KeyValueDbService that counts its writes and fails them on demand, like a service losing its database. */
final class FaultyKeyValue implements KeyValueDbService {

    private final KeyValueDbService delegate;
    private final Faults faults;
    volatile boolean connected = true;

    FaultyKeyValue(KeyValueDbService delegate, Faults faults) {
        this.delegate = delegate;
        this.faults = faults;
    }

    @Override
    public void addListener(ConnectionListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void removeListener(ConnectionListener listener) {
        delegate.removeListener(listener);
    }

    @Override
    public boolean isConnected() {
        return connected && delegate.isConnected();
    }

    @Override
    public void set(String key, byte[] value) throws KuraException {
        tick("set " + key);
        delegate.set(key, value);
    }

    @Override
    public void set(String key, String value) throws KuraException {
        tick("set " + key);
        delegate.set(key, value);
    }

    @Override
    public byte[] get(String key) throws KuraException {
        checkConnected();
        return delegate.get(key);
    }

    @Override
    public String getAsString(String key) throws KuraException {
        checkConnected();
        return delegate.getAsString(key);
    }

    @Override
    public void delete(String key) throws KuraException {
        tick("delete " + key);
        delegate.delete(key);
    }

    private void tick(String what) throws KuraException {
        checkConnected();
        try {
            faults.tick(what);
        } catch (Faults.InjectedFault e) {
            throw new KuraException(KuraErrorCode.STORE_ERROR, e, e.getMessage());
        }
    }

    private void checkConnected() throws KuraException {
        if (!connected) {
            throw new KuraException(KuraErrorCode.NOT_CONNECTED, "key-value store is not connected");
        }
    }
}
