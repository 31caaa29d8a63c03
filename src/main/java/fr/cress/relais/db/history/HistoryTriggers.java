package fr.cress.relais.db.history;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * After every migration, gives each business table its history trigger when it has none yet: a table added by a
 * later migration is covered without anyone remembering it. H2 calls {@link H2HistoryTrigger}; PostgreSQL a
 * plpgsql function ({@code postgresql-history.sql}).
 */
public final class HistoryTriggers implements Callback {

    /** Tables whose writes are not history: the history itself, Flyway's, settings and reference data. */
    public static final Set<String> NOT_RECORDED = Set.of("change_history", "flyway_schema_history", "app_setting",
            "departement", "epci", "commune", "contour");
    static final String PREFIX = "relais_history_";
    /** H2 session variable that suspends the history while set (PostgreSQL: the setting {@code relais.copying}). */
    static final String SUSPENDED_H2 = "RELAIS_COPYING";

    /**
     * Runs {@code work} on {@code tx} (a transaction's context) with the history suspended: a store copy brings
     * the history of the original along and must not add rows of its own. On PostgreSQL the setting ends with the
     * transaction; on H2 the session variable is cleared before the connection goes back to the pool.
     */
    public static <T> T suspended(DSLContext tx, Supplier<T> work) {
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            tx.fetch("SELECT set_config('relais.copying', 'on', true)");
            return work.get();
        }
        tx.execute("SET @" + SUSPENDED_H2 + " = TRUE");
        try {
            return work.get();
        } finally {
            tx.execute("SET @" + SUSPENDED_H2 + " = NULL");
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            install(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("History triggers could not be created", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "relais-history-triggers";
    }

    /** Creates the missing triggers; returns the tables that got one. */
    public static List<String> install(Connection connection) throws SQLException {
        boolean postgres = isPostgres(connection);
        Set<String> missing = tablesWithoutHistory(connection);
        if (missing.isEmpty()) {
            return List.of();
        }
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute(postgresFunction());
            }
            for (String table : missing) {
                statement.execute(postgres ? postgresTrigger(table) : h2Trigger(table));
            }
        }
        return new ArrayList<>(missing);
    }

    /** The business tables of the current schema that have no history trigger (empty when all are covered). */
    public static Set<String> tablesWithoutHistory(Connection connection) throws SQLException {
        Set<String> tables = businessTables(connection);
        try (PreparedStatement s = connection.prepareStatement("SELECT event_object_table, trigger_name"
                + " FROM information_schema.triggers WHERE lower(trigger_schema) = lower(?)")) {
            s.setString(1, connection.getSchema());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                        tables.remove(rs.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }

    static Set<String> businessTables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[]{"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_RECORDED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static String h2Trigger(String table) {
        return "CREATE TRIGGER IF NOT EXISTS " + PREFIX + table + " AFTER INSERT, UPDATE, DELETE ON " + table
                + " FOR EACH ROW CALL '" + H2HistoryTrigger.class.getName() + "'";
    }

    private static String postgresTrigger(String table) {
        return "CREATE OR REPLACE TRIGGER " + PREFIX + table + " AFTER INSERT OR UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION relais_record_change()";
    }

    static String postgresFunction() {
        try (InputStream in = Objects.requireNonNull(
                HistoryTriggers.class.getResourceAsStream("postgresql-history.sql"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
