package fr.cress.relais.db.history;

import fr.cress.relais.db.ActingUserDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL side of the history: the migrations and the plpgsql triggers on a real server. Runs when
 * {@code -Drelais.test.store=postgresql://HOST:PORT/DB?user=U&password=P} (or the environment variable
 * {@code RELAIS_TEST_PG}) names one; each run works in a schema of its own, dropped afterwards.
 */
@EnabledIf("serverGiven")
class PostgresHistoryTest {

    private final String schema = "hist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Server server;

    static boolean serverGiven() {
        return url() != null;
    }

    private static String url() {
        String url = System.getProperty("relais.test.store", System.getenv("RELAIS_TEST_PG"));
        return url == null || !url.startsWith("postgresql://") ? null : "jdbc:" + url;
    }

    @BeforeEach
    void migrate() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            // H2's CLOB (V5) for a server whose migrations do not translate it yet
            s.execute("DO $$ BEGIN IF to_regtype('public.clob') IS NULL THEN CREATE DOMAIN public.clob AS text;"
                    + " END IF; END $$");
        }
        server = new Server(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        Flyway.configure().dataSource(server).schemas(schema).locations("classpath:db/migration")
                .callbacks(new HistoryTriggers()).load().migrate();
    }

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void everyBusinessTableHasItsTriggerAndWritesAreRecordedWithTheUser() throws SQLException {
        try (Connection c = server.getConnection()) {
            assertThat(HistoryTriggers.tablesWithoutHistory(c)).isEmpty();
            assertThat(HistoryTriggers.businessTables(c)).contains("organisation", "meeting", "holder", "joint_action");
        }
        ActingUser user = new ActingUser();
        user.use("Claire Lenoir");
        DataSource named = new ActingUserDataSource(server, user);
        try (Connection c = named.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (id, name, kind, town) VALUES (1, 'AFIP', 'SUPPORT_NETWORK', 'Caen')");
            s.execute("UPDATE organisation SET town = 'Alençon', version = version + 1 WHERE id = 1");
            s.execute("UPDATE organisation SET version = version + 1 WHERE id = 1");
            s.execute("DELETE FROM organisation WHERE id = 1");
        }
        var dsl = org.jooq.impl.DSL.using(server, org.jooq.SQLDialect.POSTGRES);
        List<HistoryEntry> history = new ChangeHistoryRepository(dsl).forRecord("organisation", 1);

        assertThat(history).extracting(HistoryEntry::operation).containsExactly("DELETE", "UPDATE", "INSERT");
        assertThat(history).extracting(HistoryEntry::changedBy).containsOnly("Claire Lenoir");
        assertThat(history.get(1).changes()).containsExactly(new FieldChange("town", "Caen", "Alençon"));
        assertThat(history.get(2).changes()).extracting(FieldChange::column).contains("name", "kind", "town")
                .doesNotContain("version", "created_at");
        assertThat(new ChangeFeed(dsl).poll()).isEmpty();
    }

    @Test
    void aTableAddedLaterGetsItsTriggerAtTheNextMigration() throws SQLException {
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE later_table (id BIGINT PRIMARY KEY, label VARCHAR(20))");
            assertThat(HistoryTriggers.tablesWithoutHistory(c)).containsExactly("later_table");
            assertThat(HistoryTriggers.install(c)).containsExactly("later_table");
            s.execute("INSERT INTO later_table VALUES (7, 'x')");
            try (ResultSet rs = s.executeQuery("SELECT changed_by, changes FROM change_history WHERE table_name = 'later_table'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("{\"label\": [null, \"x\"]}");
            }
        }
    }

    /** The server through DriverManager, as a data source. */
    private record Server(String url) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
