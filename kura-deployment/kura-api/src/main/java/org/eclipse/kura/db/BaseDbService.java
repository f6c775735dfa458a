package org.eclipse.kura.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.osgi.annotation.versioning.ProviderType;

/** A JDBC database provided by Kura (H2 or SQLite). */
@ProviderType
public interface BaseDbService {

    public Connection getConnection() throws SQLException;

    public void close(Connection conn);

    public void rollback(Connection conn);

    public void close(ResultSet... rss);

    public void close(Statement... stmts);
}
