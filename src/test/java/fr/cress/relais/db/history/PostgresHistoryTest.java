package fr.cress.relais.db.history;

import fr.cress.relais.db.ActingUserDataSource;
import fr.cress.relais.db.Store;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL side of the history: the migrations and the plpgsql triggers on a real server. Runs in the suite's
 * run on a server ({@code -Pteam-store -Drelais.test.store=postgresql://HOST:PORT/DB}, see {@link TestStores}),
 * in a fresh schema of its own.
 */
@EnabledIf("serverGiven")
class PostgresHistoryTest {

    private Store store;
    private DataSource server;

    static boolean serverGiven() {
        return TestStores.onServer();
    }

    @BeforeEach
    void migrate() {
        store = TestStores.store();
        server = store.dataSource();
    }

    @AfterEach
    void close() {
        store.close();
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
}
