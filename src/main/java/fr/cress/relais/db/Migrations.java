package fr.cress.relais.db;

import fr.cress.relais.db.history.HistoryTriggers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A store's schema against the migrations this Relais carries, through Flyway; Flyway is not even loaded when
 * the store's history says it is up to date ({@link SchemaHistory}, the usual start).
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final DataSource pool;
    private final Store.Vendor vendor;
    private final String schema;
    private final String description;

    /** {@code schema}: the server schema the store lives in, or null for the default one. */
    Migrations(DataSource pool, Store.Vendor vendor, String schema, String description) {
        this.pool = pool;
        this.vendor = vendor;
        this.schema = schema;
        this.description = description;
    }

    /**
     * Applies pending migrations to {@code store}; when the store already holds a schema, {@code listener} runs
     * first (a backup). A store written by a newer Relais is refused.
     */
    void apply(Store store, Store.MigrationListener listener) {
        if (historyUpToDate()) {
            return; // the usual start: nothing to apply, and Flyway is not even loaded
        }
        try {
            SchemaState before = SchemaState.of(flyway().load().info());
            if (before.newer()) {
                throw new StoreUnavailableException(null, "safety.store.newer", description, before.current());
            }
            if (before.upToDate()) {
                return; // nothing to apply: spare the second scan of the migrations
            }
            if (before.pending() > 0 && before.current() != null) {
                listener.beforeMigration(store, before);
            }
            MigrateResult result = flyway().load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Store {} migrated to version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreUnavailableException(e, "common.store.migration", description);
        }
    }

    /** Where the schema stands. */
    SchemaState state() {
        try {
            return SchemaState.of(flyway().load().info());
        } catch (FlywayException e) {
            throw new StoreUnavailableException(e, "common.store.unreadable", description);
        }
    }

    /** Removes everything the migrations created; failures are logged. */
    void clean() {
        try {
            flyway().cleanDisabled(false).load().clean();
        } catch (FlywayException e) {
            LOG.error("Could not empty {} after a failed copy", description, e);
        }
    }

    private boolean historyUpToDate() {
        try (Connection connection = pool.getConnection()) {
            return SchemaHistory.upToDate(connection, vendor, schema);
        } catch (SQLException e) {
            return false; // Flyway opens its own connection and reports what is wrong
        }
    }

    private FluentConfiguration flyway() {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(pool)
                .locations(vendor.locations())
                .callbacks(new HistoryTriggers());
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        return configuration;
    }
}
