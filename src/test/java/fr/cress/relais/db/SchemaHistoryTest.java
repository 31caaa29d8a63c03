package fr.cress.relais.db;

import fr.cress.relais.testing.TestStores;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick look at a store's migration history that lets an up-to-date store open without Flyway. */
class SchemaHistoryTest {

    @ParameterizedTest
    @EnumSource(Store.Vendor.class)
    void theKnownVersionsAreExactlyTheMigrationsFlywayFindsInTheApplication(Store.Vendor vendor) {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:history-" + UUID.randomUUID());
        MigrationInfo[] found = Flyway.configure().dataSource(empty).locations(vendor.locations()).load().info().all();

        Set<String> versions = Arrays.stream(found).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .map(v -> v.getVersion()).collect(Collectors.toSet());

        assertThat(SchemaHistory.KNOWN.get(vendor)).as("a new migration must be added to SchemaHistory.KNOWN")
                .isEqualTo(versions);
    }

    @Test
    void aStoreJustMigratedIsUpToDate() {
        try (Store store = TestStores.store()) {
            assertThat(upToDate(store)).isTrue();
        }
    }

    @Test
    void aNewerMigrationAFailedOneOrAMissingOneIsLeftToFlyway() {
        try (Store store = TestStores.store()) {
            store.dsl().execute("INSERT INTO " + history(store) + " (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
            assertThat(upToDate(store)).as("a version this Relais does not know").isFalse();

            store.dsl().execute("UPDATE " + history(store) + " SET \"version\" = '7', \"success\" = FALSE"
                    + " WHERE \"installed_rank\" = 99");
            assertThat(upToDate(store)).as("a failed migration").isFalse();

            store.dsl().execute("DELETE FROM " + history(store) + " WHERE \"version\" = '7'");
            assertThat(upToDate(store)).as("the last migration missing").isFalse();
        }
    }

    @Test
    void aDatabaseWithoutHistoryIsNotUpToDate() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:nothing-" + UUID.randomUUID());
        try (var connection = empty.getConnection()) {
            assertThat(SchemaHistory.upToDate(connection, Store.Vendor.H2, null)).isFalse();
            assertThat(connection.createStatement().executeQuery("SELECT 1").next())
                    .as("the connection stays usable after the failed look").isTrue();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean upToDate(Store store) {
        return store.dsl().connectionResult(c -> SchemaHistory.upToDate(c, store.vendor(), store.schemaName()));
    }

    private static String history(Store store) {
        return (store.schemaName() == null ? "" : "\"" + store.schemaName() + "\".") + "\"flyway_schema_history\"";
    }
}
