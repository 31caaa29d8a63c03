package fr.cress.relais.db;

import fr.cress.relais.db.history.ActingUser;
import fr.cress.relais.db.history.OwnWrites;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A data source that tells the database who acts, each time a connection is taken from the pool: the history
 * triggers read it (H2: the session variable {@code @RELAIS_USER}; PostgreSQL: the setting {@code relais.user}).
 * With {@link OwnWrites}, a connection given back tells it first (so that the store knows its own writes).
 */
public final class ActingUserDataSource implements DataSource {

    private final DataSource pool;
    private final ActingUser user;
    private final OwnWrites own;
    private volatile String setUser;

    public ActingUserDataSource(DataSource pool, ActingUser user) {
        this(pool, user, null);
    }

    /** {@code own} (or null) hears of each connection given back. */
    public ActingUserDataSource(DataSource pool, ActingUser user, OwnWrites own) {
        this.pool = pool;
        this.user = user;
        this.own = own;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return named(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return named(pool.getConnection(username, password));
    }

    private Connection named(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(statement(connection))) {
            set.setString(1, user.name());
            set.execute();
            return own == null ? connection : tellingOwnWrites(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** The same connection, whose {@code close} first lets {@link OwnWrites} note what it wrote. */
    private Connection tellingOwnWrites(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                        own.released(connection);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private String statement(Connection connection) throws SQLException {
        String s = setUser;
        if (s == null) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            s = postgres ? "SELECT set_config('relais.user', ?, false)" : "SET @RELAIS_USER = ?";
            setUser = s;
        }
        return s;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(pool) ? type.cast(pool) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(pool) || pool.isWrapperFor(type);
    }
}
