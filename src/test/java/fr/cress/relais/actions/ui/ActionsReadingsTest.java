package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Programme;
import fr.cress.relais.app.Relais;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.testing.FailingDialogs;
import fr.cress.relais.testing.HeldTasks;
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
 * The section asks for its programme while it builds its nodes, and again when it is shown with a target:
 * readings may end in any order, the one asked for last fills the view, and a reading that arrives before the
 * view is ready is handed over once it is.
 */
class ActionsReadingsTest {

    @TempDir
    Path dir;
    private Relais relais;
    private final HeldTasks tasks = new HeldTasks();
    private ActionsViewModel model;
    private long other;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), tasks, UiSettings.inMemory(),
                (section, target) -> { }, new DataEvents());
        model = new ActionsViewModel(ui, relais.actions().programmes(), relais.actions().actions());
        other = relais.actions().programmes().save(new Programme(null, "Entreprendre autrement 2010-2012", 2010, 2012,
                null, null, 0));
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theProgrammeAskedForLastIsShownEvenWhenAnEarlierReadingEndsAfterIt() {
        List<TreeEntry> handed = new ArrayList<>();
        model.onLoaded(handed::add);
        model.loadProgrammes(null, null);
        model.loadProgrammes(other, null);
        assertThat(model.isLoading()).isTrue();

        tasks.finish(1);
        tasks.finish(0);

        assertThat(model.isLoading()).isFalse();
        assertThat(model.snapshot.get().programme().id()).isEqualTo(other);
        assertThat(model.programme.get().id()).isEqualTo(other);
        assertThat(model.programmes).hasSize(2);
        assertThat(handed).hasSize(1);
    }

    @Test
    void aReadingEndedBeforeTheViewIsReadyIsHandedOverOnceWithItsSelection() {
        TreeEntry wanted = DetailPane.actionEntry(42);
        long example = relais.actions().programmes().programmes().stream().filter(p -> p.id() != other)
                .findFirst().orElseThrow().id();
        model.loadProgrammes(example, wanted);
        tasks.finish(0);
        assertThat(model.snapshot.get().actions()).hasSize(38);

        List<TreeEntry> handed = new ArrayList<>();
        model.onLoaded(handed::add);

        assertThat(handed).containsExactly(wanted);
        model.reload(null);
        tasks.finish(2); // 1 is the preparation of the filter's texts
        assertThat(handed).containsExactly(wanted, null);
    }
}
