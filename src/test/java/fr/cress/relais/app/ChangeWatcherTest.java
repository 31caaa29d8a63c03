package fr.cress.relais.app;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's watch over the store: the example programme it loaded itself is not announced a few seconds later
 * as changes made elsewhere (every section would read again while the user goes through them); a save by another
 * Relais is.
 */
class ChangeWatcherTest {

    @TempDir
    Path dir;
    private Relais window;
    private Relais other;
    private final List<ChangedElsewhere> told = new ArrayList<>();
    private ChangeWatcher watcher;

    @BeforeEach
    void open() {
        DataLocations locations = new DataLocations(dir, false);
        window = Relais.on(Store.open(locations), locations, I18n.french(), TestStores.CLOCK);
        other = Relais.on(Store.open(locations), locations, I18n.french(), TestStores.CLOCK);
        window.store().actingUser().use("Claire Lefèvre");
        other.store().actingUser().use("Marc Hébert");
        DataEvents events = new DataEvents();
        events.subscribeElsewhere(told::add);
        watcher = new ChangeWatcher(ChangeWatcher.feed(window.store()), events, Runnable::run);
    }

    @AfterEach
    void close() {
        watcher.close();
        other.close();
        window.close();
    }

    @Test
    void theExampleProgrammeLoadedByTheWindowIsNotAnnouncedAsChangedElsewhere() {
        window.demoLoader().load();

        watcher.poll();
        watcher.poll();

        assertThat(told).isEmpty();
    }

    @Test
    void aSaveByAnotherRelaisAfterTheWindowsOwnWritesIsAnnounced() {
        window.demoLoader().load();
        Organisation blank = Organisation.blank();
        Organisation saved = other.partners().partners().save(new Organisation(null, "Coopérative d’activité",
                "", blank.kind(), null, "", "", "Caen", "", "", "", "", List.of(), "", 0, null));

        watcher.poll();

        assertThat(told).hasSize(1);
        assertThat(told.get(0).topics()).containsExactly("partners");
        assertThat(told.get(0).who("organisation", saved.id())).contains("Marc Hébert");
    }
}
