package fr.cress.relais.safety;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.SchemaState;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreUnavailableException;
import fr.cress.relais.testing.TestStores;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Migrations never put data at risk: a store with a schema is backed up before it is migrated, and a failed
 * migration restores that backup at once, with a French explanation.
 */
@Tag("h2-only") // the backup of the H2 file taken before a migration
class StoreOpenerTest {

    @TempDir
    Path dir;

    @Test
    void anExistingStoreIsBackedUpBeforeItIsMigrated() throws Exception {
        DataLocations locations = new DataLocations(dir, false);
        storeAtVersion5(locations, "INSERT INTO organisation (name, kind) VALUES ('URSCOP', 'SUPPORT_NETWORK')");

        try (Store store = new StoreOpener(locations, TestStores.CLOCK).open()) {
            assertThat(store.schema().upToDate()).isTrue();
        }

        List<Path> backups = backups(locations);
        assertThat(backups).extracting(p -> p.getFileName().toString())
                .containsExactly("relais-2026-11-26-1000-avant-migration.zip");
        DataLocations elsewhere = new DataLocations(dir.resolve("verification"), false);
        BackupCheck check = new RestoreService(elsewhere, new BackupService(elsewhere, TestStores.CLOCK)).verify(backups.get(0));
        assertThat(check.schemaVersion()).as("the backup holds the store as it was").isEqualTo("5");
    }

    @Test
    void aNewOrUpToDateStoreNeedsNoBackup() {
        DataLocations locations = new DataLocations(dir, false);
        new StoreOpener(locations, TestStores.CLOCK).open().close();
        new StoreOpener(locations, TestStores.CLOCK).open().close();
        assertThat(locations.backupsDir()).doesNotExist();
    }

    @Test
    void aFailedMigrationRestoresTheBackupAndSaysSoInFrench() throws Exception {
        DataLocations locations = new DataLocations(dir, false);
        // a table in the way of V6: its migration fails half-way
        storeAtVersion5(locations, "INSERT INTO organisation (name, kind) VALUES ('ARDES', 'SUPPORT_NETWORK')",
                "CREATE TABLE referral (id INT)");

        StoreUnavailableException failure = catchThrowableOfType(StoreUnavailableException.class,
                () -> new StoreOpener(locations, TestStores.CLOCK).open());

        assertThat(failure.messageKey()).isEqualTo("safety.migration.restored");
        assertThat(I18n.french().t(failure.messageKey(), failure.args()))
                .contains("rien n’est perdu").contains("relais-2026-11-26-1000-avant-migration.zip");
        try (Store restored = Store.inspect(locations.storeFile())) {
            SchemaState schema = restored.schema();
            assertThat(schema.current()).isEqualTo("5");
            assertThat(schema.failed()).as("the half-applied migration is gone").isFalse();
            assertThat(restored.dsl().fetchValue("SELECT name FROM organisation")).isEqualTo("ARDES");
        }
        assertThat(backups(locations)).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "relais-2026-11-26-1000-avant-migration.zip", "relais-2026-11-26-1000-avant-restauration.zip");
    }

    /** A store as an earlier Relais left it: migrated up to V5, with some rows. */
    static void storeAtVersion5(DataLocations locations, String... statements) throws Exception {
        Files.createDirectories(locations.storeDir());
        String url = "jdbc:h2:file:" + locations.storeFile().toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<Path> backups(DataLocations locations) throws Exception {
        try (Stream<Path> files = Files.list(locations.backupsDir())) {
            return files.sorted().toList();
        }
    }
}
