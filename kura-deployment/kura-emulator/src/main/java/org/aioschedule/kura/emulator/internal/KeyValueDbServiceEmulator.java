package org.aioschedule.kura.emulator.internal;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.connection.listener.ConnectionListener;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;
import org.eclipse.kura.system.SystemService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * A KeyValueDbService (open-source Kura has none) on one H2 table. Durable by default: a file database under
 * {@code kura.data}; configuration {@code db.connector.url} may name another H2 URL, in-memory included.
 */
@Component(name = KeyValueDbServiceEmulator.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = ConfigurationService.KURA_SERVICE_PID + "=" + KeyValueDbServiceEmulator.PID)
public final class KeyValueDbServiceEmulator implements KeyValueDbService {

    static final String PID = "org.aioschedule.kura.emulator.KeyValueDbService";

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS KEY_VALUE (K VARCHAR PRIMARY KEY, V VARBINARY)";
    private static final String MERGE = "MERGE INTO KEY_VALUE (K, V) KEY (K) VALUES (?, ?)";
    private static final String SELECT = "SELECT V FROM KEY_VALUE WHERE K = ?";
    private static final String DELETE = "DELETE FROM KEY_VALUE WHERE K = ?";
    /** A key-value service is durable: a set that returned survives the process being killed (H2 waits 500 ms). */
    private static final String WRITE_EACH_COMMIT = "SET WRITE_DELAY 0";

    private final ConnectionListeners listeners = new ConnectionListeners("kura-emulator-keyvalue-listeners");
    private SystemService systemService;
    private volatile H2Database database;

    @Reference
    void setSystemService(SystemService systemService) {
        this.systemService = systemService;
    }

    @Activate
    synchronized void activate(Map<String, Object> properties) throws SQLException {
        String defaultUrl = "jdbc:h2:file:" + new File(this.systemService.getKuraDataDirectory(),
                "kura-emulator/keyvalue").getAbsolutePath();
        Object configured = properties.get(H2DbOptions.URL);
        H2Url url = H2Url.parse(configured == null ? defaultUrl : configured.toString());
        H2Database opened = H2Database.open(url.url(), "SA", "", url.isFileBased() ? url.directory() : null,
                url.isFileBased() ? url.databaseName() : null);
        try (Connection connection = opened.connection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
            statement.execute(WRITE_EACH_COMMIT);
        }
        this.database = opened;
        this.listeners.dispatchConnected();
    }

    @Deactivate
    synchronized void deactivate() {
        H2Database closing = this.database;
        this.database = null;
        if (closing != null) {
            closing.shutdownQuietly();
            this.listeners.dispatchDisconnected();
        }
        this.listeners.shutdown(5_000);
    }

    @Override
    public void addListener(ConnectionListener listener) {
        this.listeners.add(listener);
    }

    @Override
    public void removeListener(ConnectionListener listener) {
        this.listeners.remove(listener);
    }

    @Override
    public boolean isConnected() {
        return this.database != null;
    }

    @Override
    public void set(String key, byte[] value) throws KuraException {
        try (Connection connection = connection(); PreparedStatement merge = connection.prepareStatement(MERGE)) {
            merge.setString(1, key);
            merge.setBytes(2, value);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw storeError(e, "set", key);
        }
    }

    @Override
    public void set(String key, String value) throws KuraException {
        set(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] get(String key) throws KuraException {
        try (Connection connection = connection(); PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw storeError(e, "get", key);
        }
    }

    @Override
    public String getAsString(String key) throws KuraException {
        byte[] value = get(key);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public void delete(String key) throws KuraException {
        try (Connection connection = connection(); PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw storeError(e, "delete", key);
        }
    }

    private Connection connection() throws KuraException, SQLException {
        H2Database current = this.database;
        if (current == null) {
            throw new KuraException(KuraErrorCode.NOT_CONNECTED, "key-value store is not connected");
        }
        return current.connection();
    }

    private static KuraException storeError(SQLException e, String operation, String key) {
        return new KuraException(KuraErrorCode.STORE_ERROR, e, operation + " of key '" + key + "' failed");
    }
}
