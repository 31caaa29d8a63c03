package fr.cress.relais.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The migrations this Relais carries, and a quick look at a store's migration history: a store whose history
 * holds exactly these versions, all applied successfully, is up to date and opens without Flyway (whose
 * loading and scan of the migrations cost a noticeable part of the processor time of a start). Anything else
 * (no history, a failed or unknown migration, a version missing, a baseline) is left to Flyway, which decides
 * as before. {@code SchemaHistoryTest} checks that these lists are what Flyway finds in the application.
 */
final class SchemaHistory {

    /** Versions of {@code db/migration}, and of {@code db/postgresql} for PostgreSQL: add each new migration. */
    static final Map<Store.Vendor, Set<String>> KNOWN = Map.of(
            Store.Vendor.H2, Set.of("1", "2", "3", "4", "5", "6", "7"),
            Store.Vendor.POSTGRESQL, Set.of("0.1", "1", "2", "3", "4", "5", "6", "7"));

    private static final String TABLE = "flyway_schema_history";

    /** Rows Flyway writes for its own bookkeeping (the history table, the schema it created): no migration. */
    private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

    private SchemaHistory() {
    }

    /**
     * True only when the history of {@code schema} (null: the default one) lists exactly the known versions of
     * {@code vendor}, every row successful; false when it differs in any way or cannot be read.
     */
    static boolean upToDate(Connection connection, Store.Vendor vendor, String schema) {
        String table = (schema == null ? "" : quoted(schema) + ".") + quoted(TABLE);
        Set<String> applied = new HashSet<>();
        try {
            if (!exists(connection, schema)) {
                return false; // a new store: Flyway creates the history (a failed query would leave an H2 trace file)
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"version\", \"type\", \"success\" FROM " + table)) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    String type = rows.getString(2);
                    if (!rows.getBoolean(3)) {
                        return false;
                    }
                    if (MARKERS.contains(type)) {
                        continue;
                    }
                    if (version == null || !"SQL".equals(type) || !applied.add(version)) {
                        return false; // a repeatable, a baseline, a Java migration, one applied twice: Flyway's call
                    }
                }
            }
        } catch (SQLException e) {
            return false; // a history this look cannot read: Flyway reads it and reports
        }
        return applied.equals(KNOWN.get(vendor));
    }

    private static boolean exists(Connection connection, String schema) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null,
                schema == null ? connection.getSchema() : schema, TABLE, null)) {
            return tables.next();
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
