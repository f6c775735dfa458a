package org.eclipse.kura.db.keyvalue;

import org.eclipse.kura.KuraException;
import org.eclipse.kura.connection.listener.ConnectionListener;
import org.osgi.annotation.versioning.ProviderType;

/** A key-value store provided by Kura (API only in open-source Kura, since Kura 5.3). */
@ProviderType
public interface KeyValueDbService {

    public void addListener(ConnectionListener listener);

    public void removeListener(ConnectionListener listener);

    public boolean isConnected();

    void set(String key, byte[] value) throws KuraException;

    void set(String key, String value) throws KuraException;

    byte[] get(String key) throws KuraException;

    String getAsString(String key) throws KuraException;

    void delete(String key) throws KuraException;
}
