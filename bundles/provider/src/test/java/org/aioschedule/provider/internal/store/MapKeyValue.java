package org.aioschedule.provider.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.kura.connection.listener.ConnectionListener;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;

/** A KeyValueDbService in a map, for tests that only need one to exist. */
public final class MapKeyValue implements KeyValueDbService {

    private final Map<String, byte[]> values = new HashMap<>();
    public volatile boolean connected = true;

    @Override
    public void addListener(ConnectionListener listener) {
    }

    @Override
    public void removeListener(ConnectionListener listener) {
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public synchronized void set(String key, byte[] value) {
        values.put(key, value.clone());
    }

    @Override
    public void set(String key, String value) {
        set(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized byte[] get(String key) {
        byte[] value = values.get(key);
        return value == null ? null : value.clone();
    }

    @Override
    public String getAsString(String key) {
        byte[] value = get(key);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void delete(String key) {
        values.remove(key);
    }
}
