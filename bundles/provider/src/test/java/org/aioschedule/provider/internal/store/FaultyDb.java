package org.aioschedule.provider.internal.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.eclipse.kura.db.BaseDbService;

/**
 * A BaseDbService whose connections count the statements that change data (and commits) and fail them on demand.
 * Connections and statements are wrapped in dynamic proxies; everything else goes to the real service.
 */
class FaultyDb implements BaseDbService {

    private static final Set<String> MUTATING = Set.of("executeUpdate", "executeBatch", "commit");

    final BaseDbService delegate;
    private final Faults faults;

    FaultyDb(BaseDbService delegate, Faults faults) {
        this.delegate = delegate;
        this.faults = faults;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = delegate.getConnection();
        return wrap(Connection.class, real, real);
    }

    @Override
    public void close(Connection conn) {
        delegate.close(unwrap(conn));
    }

    @Override
    public void rollback(Connection conn) {
        delegate.rollback(unwrap(conn));
    }

    @Override
    public void close(ResultSet... rss) {
        delegate.close(rss);
    }

    @Override
    public void close(Statement... stmts) {
        delegate.close(stmts);
    }

    private static Connection unwrap(Connection conn) {
        return conn != null && Proxy.isProxyClass(conn.getClass())
                ? ((Handler) Proxy.getInvocationHandler(conn)).connection : conn;
    }

    private <T> T wrap(Class<T> type, Object target, Connection connection) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                new Handler(target, connection)));
    }

    private final class Handler implements InvocationHandler {
        final Object target;
        final Connection connection;

        Handler(Object target, Connection connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (MUTATING.contains(method.getName())) {
                try {
                    faults.tick(method.getName());
                } catch (Faults.InjectedFault e) {
                    throw new SQLException(e.getMessage(), "HY000", e);
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof java.sql.PreparedStatement) {
                return wrap(java.sql.PreparedStatement.class, result, connection);
            }
            if (result instanceof Statement) {
                return wrap(Statement.class, result, connection);
            }
            return result;
        }
    }
}
