package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.crypto.CryptoService;
import org.eclipse.kura.db.BaseDbService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Kura 5.4.1's SQLite add-on ({@code org.eclipse.kura.db.sqlite.provider}, factory
 * {@code org.eclipse.kura.db.SQLiteDbService}, OSGI-INF/org.eclipse.kura.db.SQLiteDbService.xml) on xerial's
 * sqlite-jdbc: no default instance; in memory unless {@code db.mode=PERSISTED}; {@code updated} reopens the database
 * when any option changed and only logs a failure; {@link #getConnection()} is synchronized and, with the database
 * not open, fails with "Database is not initialized".
 */
@Component(name = SqliteDbServiceEmulator.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = { ConfigurableComponent.class, BaseDbService.class })
public final class SqliteDbServiceEmulator extends QuietDbService implements BaseDbService, ConfigurableComponent {

    /** The factory PID and DS component name of Kura's SQLiteDbService. */
    public static final String FACTORY_PID = "org.eclipse.kura.db.SQLiteDbService";

    static final String NOT_INITIALIZED = "Database is not initialized";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDbServiceEmulator.class);

    private final DbTimers timers;
    private final long connectionTimeoutMillis;
    private SqliteDbState state;

    /** As SCR creates it: Kura's timers and 30 s connection timeout. */
    public SqliteDbServiceEmulator() {
        this(null, SqliteConnectionPool.KURA_CONNECTION_TIMEOUT_MILLIS);
    }

    SqliteDbServiceEmulator(DbTimers timers, long connectionTimeoutMillis) {
        this.timers = timers;
        this.connectionTimeoutMillis = connectionTimeoutMillis;
    }

    /** Kura's static mandatory reference (used there for the encryption key, which is not modelled here). */
    @Reference
    void setCryptoService(CryptoService cryptoService) {
        // the emulator does not model db.key
    }

    @Activate
    void activate(Map<String, Object> properties) {
        updated(properties);
    }

    @Modified
    synchronized void updated(Map<String, Object> properties) {
        SqliteDbOptions next = new SqliteDbOptions(properties);
        if (this.state != null && this.state.options().equals(next)) {
            return;
        }
        shutdown();
        try {
            this.state = new SqliteDbState(next, this.timers, this.connectionTimeoutMillis);
            LOG.info("opening database with url: {}...done", next.dbUrl());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Failed to initialize the database instance", e);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        shutdown();
    }

    /** The open database, or null (tests). */
    synchronized SqliteDbState state() {
        return this.state;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (this.state == null) {
            throw new SQLException(NOT_INITIALIZED);
        }
        return this.state.getConnection();
    }

    private void shutdown() {
        if (this.state != null) {
            this.state.shutdown();
            this.state = null;
        }
    }
}
