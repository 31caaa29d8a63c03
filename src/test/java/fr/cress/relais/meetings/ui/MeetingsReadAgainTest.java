package fr.cress.relais.meetings.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Cancellable;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.concurrent.Job;
import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.testing.FailingDialogs;
import fr.cress.relais.testing.TestStores;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * « Réunions » reads its lists again, when shown again, only after a change to what it shows (meetings, the
 * directory, joint actions), written in this window or elsewhere; a change to holders or to the territory leaves
 * the rows shown as they are. The window's section host is played by hand: {@code refresh} before the showing
 * when this window wrote meanwhile, {@code changedElsewhere} when others did.
 */
class MeetingsReadAgainTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Relais relais;
    private final CountedTasks tasks = new CountedTasks();
    private final DataEvents events = new DataEvents();
    private MeetingsView view;

    @BeforeEach
    void open() throws Exception {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), tasks, UiSettings.inMemory(),
                (section, target) -> { }, events);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new MeetingsView(ui, relais.meetings().services());
            stage.setScene(new Scene(new StackPane(view.node()), 1280, 800));
            stage.show();
            view.shown(null);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        relais.close();
    }

    @Test
    void aHolderOrAnOfferWrittenWhileHiddenDoesNotReadTheMeetingsAgain() {
        List<MeetingSummary> before = rows();
        int readings = tasks.started;

        robot.interact(() -> {
            view.hidden();
            view.writtenWhileHidden("holders"); // written in this window, in another section
            view.writtenWhileHidden("territory");
            view.refresh();
            view.changedElsewhere(new ChangedElsewhere(Set.of("holders", "territory"), Map.of()));
            view.shown(null);
        });

        assertThat(tasks.started).isEqualTo(readings);
        assertThat(rows()).containsExactlyElementsOf(before);
        assertThat(rows().get(0)).isSameAs(before.get(0));
    }

    @Test
    void theDirectoryOrTheMeetingsWrittenWhileHiddenReadThemAgain() {
        List<MeetingSummary> before = rows();
        int readings = tasks.started;

        robot.interact(() -> {
            view.hidden();
            view.writtenWhileHidden("holders");
            view.writtenWhileHidden("partners"); // a group or an organisation renamed: shown in the list and the meeting
            view.refresh();
            view.shown(null);
        });
        assertThat(tasks.started).isGreaterThan(readings);
        assertThat(rows()).containsExactlyElementsOf(before);
        assertThat(rows().get(0)).isNotSameAs(before.get(0));

        int again = tasks.started;
        robot.interact(() -> {
            view.hidden();
            view.changedElsewhere(new ChangedElsewhere(Set.of("meetings"), Map.of()));
            view.shown(null);
        });
        assertThat(tasks.started).isGreaterThan(again);
    }

    @Test
    void aRefreshWithoutKnownTopicsReadsAgainAsBefore() {
        int readings = tasks.started;

        robot.interact(() -> {
            view.hidden();
            view.refresh();
            view.shown(null);
        });

        assertThat(tasks.started).isGreaterThan(readings);
    }

    private List<MeetingSummary> rows() {
        TableView<MeetingSummary> table = robot.lookup("#meetings-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        return List.copyOf(table.getItems());
    }

    /** Runs each job at once and counts them. */
    private static final class CountedTasks implements TaskRunner {

        private final TaskRunner runner = new CurrentThreadTaskRunner();
        private int started;

        @Override
        public <T> Cancellable start(Job<T> job) {
            started++;
            return runner.start(job);
        }
    }
}
