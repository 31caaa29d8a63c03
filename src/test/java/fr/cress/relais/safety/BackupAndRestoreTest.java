package fr.cress.relais.safety;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreUnavailableException;
import fr.cress.relais.testing.StoreContents;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fr.cress.relais.db.generated.Tables.APP_SETTING;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Backups taken while the store is open restore to an identical store; a restore verifies the file first,
 * refuses what is not a usable backup without changing anything, and keeps what it replaces.
 */
@Tag("h2-only") // backups and restores are copies of the H2 file (BACKUP TO)
class BackupAndRestoreTest {

    @TempDir
    static Path shared;

    /** A backup of the example programme, taken while the store was open and in use. */
    private static Path demoBackup;
    private static Map<String, List<Map<String, Object>>> demoContents;
    private static Map<String, Long> demoStats;

    @BeforeAll
    static void backUpTheExampleWhileOpen() {
        DataLocations locations = new DataLocations(shared.resolve("source"), false);
        try (Relais relais = Relais.open(locations, I18n.french(), TestStores.CLOCK)) {
            relais.demoLoader().load();
            BackupFile backup = relais.backups().create(relais.store(), BackupReason.MANUAL);
            demoContents = StoreContents.of(relais.store().dsl());
            demoStats = StoreStatsOf.stats(relais.store());
            // the store keeps working after the backup, and what it writes now (and its history) is not in it
            relais.store().dsl().insertInto(ORGANISATION).set(ORGANISATION.NAME, "Écrite après la sauvegarde")
                    .set(ORGANISATION.KIND, "OTHER").execute();
            demoBackup = backup.path();
        }
    }

    @Test
    void aBackupTakenWhileOpenRestoresToAnIdenticalStoreInAFreshFolder(@TempDir Path fresh) {
        DataLocations target = new DataLocations(fresh, false);
        RestoreService restore = new RestoreService(target, new BackupService(target, TestStores.CLOCK));

        RestoreResult result = restore.restore(demoBackup);

        assertThat(result.replacedKeptIn()).as("nothing to keep in a fresh folder").isEmpty();
        assertThat(result.restored().backup().reason()).contains(BackupReason.MANUAL);
        assertThat(demoBackup.getFileName().toString()).isEqualTo("relais-2026-11-26-1000-manuelle.zip");
        try (Store restored = Store.open(target)) {
            assertThat(StoreStatsOf.stats(restored)).isEqualTo(demoStats);
            assertThat(StoreContents.of(restored.dsl())).isEqualTo(demoContents);
            assertThat(StoreContents.rows(demoContents)).as("the example programme").isGreaterThan(100);
        }
    }

    @Test
    void aRestoreKeepsWhatItReplacesAsABackupThatRestoresInTurn(@TempDir Path folder) {
        DataLocations locations = new DataLocations(folder, false);
        Map<String, List<Map<String, Object>>> before;
        try (Store store = Store.open(locations)) {
            store.dsl().insertInto(ORGANISATION).set(ORGANISATION.NAME, "URSCOP").set(ORGANISATION.KIND, "SUPPORT_NETWORK")
                    .execute();
            before = StoreContents.of(store.dsl());
        }
        BackupService backups = new BackupService(locations, TestStores.CLOCK);
        RestoreService restore = new RestoreService(locations, backups);

        RestoreResult result = restore.restore(demoBackup);

        Path kept = result.replacedKeptIn().orElseThrow().path();
        assertThat(kept.getFileName().toString()).isEqualTo("relais-2026-11-26-1000-avant-restauration.zip");
        assertThat(kept.getParent()).isEqualTo(locations.backupsDir());
        try (Store store = Store.open(locations)) {
            assertThat(StoreContents.of(store.dsl())).isEqualTo(demoContents);
        }
        restore.restore(kept);
        try (Store store = Store.open(locations)) {
            assertThat(StoreContents.of(store.dsl())).isEqualTo(before);
        }
    }

    @Test
    void whatIsNotAUsableBackupIsRefusedAndNothingChanges(@TempDir Path folder) throws IOException {
        DataLocations locations = new DataLocations(folder.resolve("data"), false);
        try (Store store = Store.open(locations)) {
            store.dsl().insertInto(ORGANISATION).set(ORGANISATION.NAME, "ARDES").set(ORGANISATION.KIND, "SUPPORT_NETWORK")
                    .execute();
        }
        byte[] storeBefore = Files.readAllBytes(Path.of(locations.storeFile() + ".mv.db"));
        RestoreService restore = new RestoreService(locations, new BackupService(locations, TestStores.CLOCK));

        Map<Path, String> refusals = Map.of(
                Files.writeString(folder.resolve("notes.zip"), "pas une archive"), "safety.restore.notZip",
                zip(folder.resolve("autre.zip"), "photo.jpg", new byte[]{1, 2, 3}), "safety.restore.notRelais",
                zip(folder.resolve("faux.zip"), "relais.mv.db", "pas une base H2".getBytes()), "safety.restore.notRelais",
                truncated(folder.resolve("coupée.zip")), "safety.restore.notZip",
                folder.resolve("absente.zip"), "safety.restore.missing");
        for (var refusal : refusals.entrySet()) {
            BadInputException e = catchThrowableOfType(BadInputException.class, () -> restore.restore(refusal.getKey()));
            assertThat(e).as(refusal.getKey().toString()).isNotNull();
            assertThat(e.messageKey()).as(refusal.getKey().toString()).isEqualTo(refusal.getValue());
        }

        assertThat(Files.readAllBytes(Path.of(locations.storeFile() + ".mv.db"))).isEqualTo(storeBefore);
        assertThat(locations.backupsDir()).doesNotExist();
        try (Stream<Path> left = Files.list(locations.storeDir())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("relais.mv.db");
        }
    }

    @Test
    void aBackupFromANewerRelaisIsRefused(@TempDir Path folder) {
        DataLocations future = new DataLocations(folder.resolve("future"), false);
        Path backup;
        try (Store store = Store.open(future)) {
            store.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
            backup = new BackupService(future, TestStores.CLOCK).create(store, BackupReason.MANUAL).path();
        }
        DataLocations target = new DataLocations(folder.resolve("target"), false);

        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new RestoreService(target, new BackupService(target, TestStores.CLOCK)).verify(backup));

        assertThat(e.messageKey()).isEqualTo("safety.restore.newer");
        assertThat(I18n.french().t(e.messageKey(), e.args())).contains("schéma 99").contains("version plus récente");
        StoreUnavailableException open = catchThrowableOfType(StoreUnavailableException.class, () -> Store.open(future));
        assertThat(open.messageKey()).as("this Relais does not open a newer store either").isEqualTo("safety.store.newer");
    }

    @Test
    void aStoreHeldOpenIsNotReplaced(@TempDir Path folder) {
        DataLocations locations = new DataLocations(folder, false);
        try (Store open = Store.open(locations)) {
            open.dsl().insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, "k").set(APP_SETTING.SETTING_VALUE, "v").execute();
            RestoreService restore = new RestoreService(locations, new BackupService(locations, TestStores.CLOCK));

            StoreUnavailableException e = catchThrowableOfType(StoreUnavailableException.class,
                    () -> restore.restore(demoBackup));

            assertThat(e.messageKey()).isEqualTo("common.store.locked");
            assertThat(open.dsl().fetchCount(APP_SETTING)).isEqualTo(1);
            assertThat(locations.backupsDir()).doesNotExist();
        }
    }

    @Test
    void nothingIsBackedUpAtExitWhenTheUserEnteredNothing(@TempDir Path folder) {
        DataLocations locations = new DataLocations(folder, false);
        try (Store store = Store.open(locations)) {
            assertThat(new BackupService(locations, TestStores.CLOCK).atExit(store)).isEmpty();
            store.dsl().insertInto(ORGANISATION).set(ORGANISATION.NAME, "AFIP").set(ORGANISATION.KIND, "SUPPORT_NETWORK")
                    .execute();
            assertThat(new BackupService(locations, TestStores.CLOCK).atExit(store)).get()
                    .extracting(b -> b.path().getFileName().toString())
                    .isEqualTo("relais-2026-11-26-1000-fermeture.zip");
        }
    }

    private static Path zip(Path file, String entry, byte[] content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }

    private static Path truncated(Path file) throws IOException {
        byte[] all = Files.readAllBytes(demoBackup);
        return Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
    }

    /** StoreStats through the store's own context. */
    static final class StoreStatsOf {
        static Map<String, Long> stats(Store store) {
            return new java.util.LinkedHashMap<>(fr.cress.relais.db.StoreStats.count(store.dsl()));
        }
    }
}
