package org.eclipse.kura.db;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/** Kura's H2 database service. */
@ProviderType
public interface H2DbService extends BaseDbService {

    /** The {@code kura.service.pid} of the instance every Kura installation has. */
    public static final String DEFAULT_INSTANCE_PID = "org.eclipse.kura.db.H2DbService";

    /** Runs {@code task} with a pooled connection that is closed (and rolled back on failure) afterwards. */
    public <T> T withConnection(ConnectionCallable<T> task) throws SQLException;

    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface ConnectionCallable<T> {

        public T call(Connection connection) throws SQLException;
    }
}
