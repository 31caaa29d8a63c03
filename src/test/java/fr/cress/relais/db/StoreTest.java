package fr.cress.relais.db;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on real H2 files, migrated by Flyway. */
class StoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsCreatedInTheDataFolderMigratedAndEmpty() {
        DataLocations locations = new DataLocations(dir, false);
        try (Store store = Store.open(locations)) {
            assertThat(dir.resolve("relais.mv.db")).exists();
            assertThat(StoreStats.isEmpty(store.dsl())).isTrue();
            assertThat(StoreStats.count(store.dsl())).containsEntry("organisations", 0L).hasSize(19);
            Object applied = store.dsl().fetchValue("select count(*) from \"flyway_schema_history\" where \"success\"");
            assertThat(((Number) applied).intValue()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void settingsKeptInTheStoreSurviveReopening() {
        DataLocations locations = new DataLocations(dir, false);
        try (Store store = Store.open(locations)) {
            AppSettingsRepository settings = new AppSettingsRepository(store.dsl());
            settings.put(AppSettingsRepository.EXAMPLE_DATA, "true");
            settings.put(AppSettingsRepository.EXAMPLE_DATA, "false");
        }
        try (Store store = Store.open(locations)) {
            AppSettingsRepository settings = new AppSettingsRepository(store.dsl());
            assertThat(settings.flag(AppSettingsRepository.EXAMPLE_DATA)).isFalse();
            assertThat(store.dsl().fetchCount(APP_SETTING)).isEqualTo(1);
        }
    }

    @Test
    void aTransactionIsAllOrNothing() {
        try (Store store = TestStores.store()) {
            assertThatThrownBy(() -> store.transaction(dsl -> {
                new AppSettingsRepository(dsl).put("a", "1");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(new AppSettingsRepository(store.dsl()).get("a")).isEmpty();
        }
    }

    @Test
    void aStaleUpdateIsRefused() {
        assertThatThrownBy(() -> StaleDataException.check(0, "organisation"))
                .isInstanceOf(StaleDataException.class);
        StaleDataException.check(1, "organisation");
    }

    @Test
    void theExampleStoreIsAnotherFile() {
        try (Store real = Store.open(DataLocations.resolve(dir, false, Map.of()));
             Store demo = Store.open(DataLocations.resolve(dir, true, Map.of()))) {
            new AppSettingsRepository(demo.dsl()).put("x", "y");
            assertThat(new AppSettingsRepository(real.dsl()).get("x")).isEmpty();
        }
    }

    @Test
    void closingTheWindowsWayCompactsTheFileAndLeavesNothingElseInTheFolder() throws Exception {
        DataLocations locations = new DataLocations(dir, false);
        try (Store store = Store.open(locations)) {
            AppSettingsRepository settings = new AppSettingsRepository(store.dsl());
            for (int i = 0; i < 300; i++) {
                settings.put("clé " + i, "une valeur assez longue pour remplir des pages ".repeat(20));
            }
            for (int i = 0; i < 300; i++) {
                settings.put("clé " + i, "");
            }
        }
        long plain = Files.size(dir.resolve("relais.mv.db"));

        Store.open(locations).closeCompacted();

        assertThat(Files.size(dir.resolve("relais.mv.db"))).isLessThan(plain);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no H2 trace file beside the store")
                    .containsExactly("relais.mv.db");
        }
        try (Store store = Store.open(locations)) {
            assertThat(new AppSettingsRepository(store.dsl()).get("clé 299")).contains("");
        }
    }
}
