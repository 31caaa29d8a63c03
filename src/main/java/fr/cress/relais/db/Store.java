package fr.cress.relais.db;

import fr.cress.relais.common.settings.DataLocations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;

/**
 * The store: an embedded H2 database in file mode, migrated by Flyway, reached through jOOQ.
 * The JDBC URL is built here from an allow-list of settings, never from user text
 * (no INIT=, no AUTO_SERVER, no console).
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE";

    private final JdbcConnectionPool pool;
    private final String url;
    private final DSLContext dsl;
    private final String description;
    private final Path file;

    private Store(JdbcConnectionPool pool, String url, String description, Path file) {
        this.pool = pool;
        this.url = url;
        this.description = description;
        this.file = file;
        this.dsl = DSL.using(pool, SQLDialect.H2, settings());
    }

    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }

    /** Opens (creating if needed) the store of these locations and applies pending migrations. */
    public static Store open(DataLocations locations) {
        Path storeFile = locations.storeFile();
        try {
            Files.createDirectories(storeFile.getParent());
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException(e, "common.store.folder", storeFile.getParent());
        }
        String url = "jdbc:h2:file:" + storeFile.toAbsolutePath() + H2_SETTINGS;
        return open(url, storeFile.toAbsolutePath().toString(), storeFile);
    }

    /** A private in-memory store, migrated: for tests and benchmarks. */
    public static Store inMemory() {
        return open("jdbc:h2:mem:relais-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "mémoire", null);
    }

    private static Store open(String url, String description, Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, description);
        }
        Store store = new Store(pool, url, description, file);
        try {
            store.migrate();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    static StoreUnavailableException translateOpenFailure(SQLException e, String description) {
        // 90020: database already in use (file locked by another process).
        if (e.getErrorCode() == 90020) {
            return new StoreUnavailableException(e, "common.store.locked", description);
        }
        return new StoreUnavailableException(e, "common.store.unreadable", description);
    }

    private void migrate() {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Store {} migrated to version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreUnavailableException(e, "common.store.migration", description);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs {@code work} in one transaction: all or nothing. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** What the user sees as the store's location. */
    public String description() {
        return description;
    }

    /** The H2 file (without extension), or null for an in-memory store. */
    public Path file() {
        return file;
    }

    /**
     * Closes the store. A file store closes cleanly when its last connection does; an in-memory one is
     * shut down explicitly so that tests do not keep it in memory.
     */
    @Override
    public void close() {
        pool.dispose();
        if (file == null) {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("Shutdown of {} reported {}", description, e.getMessage());
            }
        }
    }
}
