package fr.cress.relais.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import fr.cress.relais.common.settings.ServerAddress;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The JDBC URL of a shared store, built from a checked {@link ServerAddress} and the allow-listed settings
 * below only; the user and the password travel as connection properties, never in the URL.
 */
public final class ServerUrl {

    /** Seconds to wait for the server before telling the user it cannot be reached. */
    static final int CONNECT_TIMEOUT = 10;

    private ServerUrl() {
    }

    /** {@code jdbc:postgresql://host:port/database?sslmode=...&currentSchema=...&ApplicationName=Relais}. */
    public static String of(ServerAddress server) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("sslmode", server.sslMode().value());
        if (server.schema() != null) {
            settings.put("currentSchema", server.schema());
        }
        settings.put("connectTimeout", Integer.toString(CONNECT_TIMEOUT));
        settings.put("ApplicationName", "Relais");
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database()
                + settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&", "?", ""));
    }

    /**
     * « Tester la connexion »: connects once (no pool, no migration) and returns the server's name and version.
     * A failure is told in French: server unreachable, wrong password, no such database.
     */
    public static String test(ServerAddress server, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", password == null ? "" : password);
        try (Connection connection = DriverManager.getConnection(of(server), properties)) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw translate(e, server);
        }
    }

    static Store connect(ServerAddress server, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(of(server));
        config.setUsername(server.user());
        config.setPassword(password == null ? "" : password);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT * 1000L);
        config.setPoolName("relais-" + server.database());
        try {
            return Store.onServer(new HikariDataSource(config), server);
        } catch (HikariPool.PoolInitializationException e) {
            throw e.getCause() instanceof SQLException sql ? translate(sql, server)
                    : new StoreUnavailableException(e, "common.server.unreachable", server.display());
        }
    }

    /** The server's answer in the user's words; the SQL state stays in the log. */
    static StoreUnavailableException translate(SQLException e, ServerAddress server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreUnavailableException(e, "common.server.authFailed", server.user(), server.display());
        }
        if (state.equals("3D000")) {
            return new StoreUnavailableException(e, "common.server.noDatabase", server.database(), server.host());
        }
        if (state.startsWith("08")) {
            return new StoreUnavailableException(e, "common.server.unreachable", server.display());
        }
        return new StoreUnavailableException(e, "common.server.refused", server.display());
    }
}
