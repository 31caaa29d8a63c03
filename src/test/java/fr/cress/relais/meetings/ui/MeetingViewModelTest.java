package fr.cress.relais.meetings.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingSummary;
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
 * Readings of a meeting run side by side and may end in any order (a slow shared store, a reading asked for
 * by the window's watcher right after another meeting was chosen): the meeting asked for last is the one shown.
 */
class MeetingViewModelTest {

    @TempDir
    Path dir;
    private Relais relais;
    private final HeldTasks tasks = new HeldTasks();
    private MeetingViewModel vm;
    private long first;
    private long second;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), tasks, UiSettings.inMemory(),
                (section, target) -> { }, new DataEvents());
        vm = new MeetingViewModel(ui, relais.meetings().services());
        List<MeetingSummary> meetings = relais.meetings().services().meetings().list();
        first = meetings.get(0).id();
        second = meetings.get(1).id();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theMeetingChosenLastIsShownEvenWhenAnEarlierReadingEndsAfterIt() {
        vm.open(first);
        vm.open(second);

        tasks.finish(1);
        tasks.finish(0);

        assertThat(shown()).isEqualTo(second);
        assertThat(vm.asked(second)).isTrue();
        assertThat(vm.asked(first)).isFalse();
    }

    @Test
    void aReloadAskedWhileAnotherMeetingIsLoadingReadsThatMeetingNotTheOneStillShown() {
        vm.open(first);
        tasks.finish(0);
        assertThat(shown()).isEqualTo(first);

        vm.open(second); // chosen in the list; its reading is under way
        vm.reload();     // the window saw a change meanwhile

        tasks.finish(1);
        tasks.finish(2);

        assertThat(shown()).isEqualTo(second);
    }

    @Test
    void aReadingStillUnderWayWhenTheMeetingIsClosedShowsNothing() {
        vm.open(first);
        vm.close();

        tasks.finish(0);

        assertThat(vm.file().get()).isNull();
        vm.reload();
        assertThat(tasks.held()).hasSize(1); // nothing asked for: nothing read again
    }

    @Test
    void theDirectoryIsReadOnlyWhenADialogFirstNeedsItThenKeptUntilTheListsAreReadAgain() {
        vm.loadChoices(); // what the section reads with its list: the form's groups and joint actions
        tasks.finish(0);
        assertThat(tasks.held()).hasSize(1);
        assertThat(vm.choices().get().groups()).isNotEmpty();
        assertThat(vm.picks()).isNull();

        List<String> dialogs = new ArrayList<>();
        vm.withPicks(() -> dialogs.add("first"));
        vm.withPicks(() -> dialogs.add("second")); // asked again before the reading ended: one dialog, one reading
        assertThat(dialogs).isEmpty();
        assertThat(tasks.held()).hasSize(2);
        tasks.finish(1);
        assertThat(dialogs).containsExactly("second");
        assertThat(vm.picks().people()).extracting(p -> p.name())
                .containsExactlyElementsOf(relais.meetings().services().meetings().picks().people().stream()
                        .map(p -> p.name()).toList());

        vm.withPicks(() -> dialogs.add("third")); // kept: nothing read again
        assertThat(dialogs).containsExactly("second", "third");
        assertThat(tasks.held()).hasSize(2);

        vm.loadChoices(); // a change somewhere: the next dialog reads the directory again
        vm.withPicks(() -> dialogs.add("fourth"));
        assertThat(tasks.held()).hasSize(4);
        tasks.finish(3);
        assertThat(dialogs).containsExactly("second", "third", "fourth");
    }

    @Test
    void aDirectoryReadBeforeTheListsWereReadAgainServesTheDialogWaitingForItButIsNotKept() {
        vm.withPicks(() -> { });
        vm.loadChoices(); // the section read its lists again while the directory was being read
        tasks.finish(0);
        assertThat(vm.picks()).isNull();
        vm.withPicks(() -> { });
        assertThat(tasks.held()).hasSize(3);
    }

    private long shown() {
        MeetingFile f = vm.file().get();
        assertThat(f).isNotNull();
        return f.meeting().id();
    }
}
