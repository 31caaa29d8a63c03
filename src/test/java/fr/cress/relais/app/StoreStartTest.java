package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.CredentialStore;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.StoreUnavailableException;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The embedded store opens while the toolkit starts and the window is built; the window gets that store, or its
 * failure, as before.
 */
class StoreStartTest {

    @TempDir
    Path dataDir;

    private final I18n i18n = I18n.french();

    private StoreStart start(List<String> raw, Map<String, String> env) {
        return new StoreStart(new DataLocations(dataDir, false), option(raw, "--store="), option(raw, "--user="), env,
                CredentialStore.none());
    }

    private static String option(List<String> raw, String prefix) {
        return raw.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse(null);
    }

    @Test
    void theWindowTakesTheStoreOpenedAtLaunchOnceThenOpensItselfAfterARetry() {
        StoreStart start = start(List.of(), Map.of());
        AtomicInteger textsAsked = new AtomicInteger();

        assertThat(start.openEarly(() -> {
            textsAsked.incrementAndGet();
            return i18n;
        }, TestStores.CLOCK)).isTrue();

        try (Relais opened = start.open(Optional.empty(), null, i18n, TestStores.CLOCK)) {
            assertThat(opened.store().file()).isEqualTo(dataDir.resolve("relais").toAbsolutePath());
            assertThat(opened.core().i18n()).isSameAs(i18n);
            assertThat(opened.needsWelcome()).as("a new store, migrated").isTrue();
        }
        assertThat(textsAsked).hasValue(1);
        try (Relais again = start.open(Optional.empty(), null, i18n, TestStores.CLOCK)) {
            assertThat(again.store().file()).isEqualTo(dataDir.resolve("relais").toAbsolutePath());
        }
        assertThat(textsAsked).as("the second opening does not use the early one").hasValue(1);
    }

    @Test
    void theLaunchIsPreparedOnAnotherThreadAndTheWindowTakesTheStoreItStartedOpening() throws Exception {
        RelaisApp.Launch launch = RelaisApp.prepareInBackground(List.of("--data-dir", dataDir.toString()))
                .get(60, TimeUnit.SECONDS);

        assertThat(launch.start().locations().storeFile()).isEqualTo(new DataLocations(dataDir, false).storeFile());
        I18n texts = launch.texts().get(60, TimeUnit.SECONDS);
        try (Relais opened = launch.start().open(Optional.empty(), null, i18n, TestStores.CLOCK)) {
            assertThat(opened.store().file()).isEqualTo(dataDir.resolve("relais").toAbsolutePath());
            assertThat(opened.core().i18n()).as("the store opened early, with the texts read meanwhile")
                    .isSameAs(texts).isNotSameAs(i18n);
        }
    }

    @Test
    void aStoreThatCannotBeReadFailsAsItWouldHaveWithoutTheEarlyOpening() throws Exception {
        Path file = dataDir.resolve("relais.mv.db");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "ceci n’est pas une base");
        StoreStart start = start(List.of(), Map.of());
        assertThat(start.openEarly(() -> i18n, TestStores.CLOCK)).isTrue();

        StoreUnavailableException failure = catchThrowableOfType(StoreUnavailableException.class,
                () -> start.open(Optional.empty(), null, i18n, TestStores.CLOCK));

        assertThat(failure.messageKey()).isEqualTo("common.store.unreadable");
        assertThat(Files.readString(file)).isEqualTo("ceci n’est pas une base");
    }

    @Test
    void aSharedStoreIsNotOpenedEarly() {
        StoreStart byOption = start(List.of("--store=postgresql://db.cress.org:5432/relais", "--user=coordination"),
                Map.of());
        StoreStart byEnvironment = start(List.of(), Map.of("RELAIS_STORE", "postgresql://db.cress.org:5432/relais",
                "RELAIS_DB_USER", "coordination"));

        assertThat(byOption.openEarly(() -> i18n, TestStores.CLOCK)).isFalse();
        assertThat(byEnvironment.openEarly(() -> i18n, TestStores.CLOCK)).isFalse();
    }
}
