package fr.cress.relais.meetings.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Attendance;
import fr.cress.relais.meetings.Decision;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.meetings.MeetingsServices;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static fr.cress.relais.testing.RelaisAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting editor makes a tab's controls the first time the tab is chosen, and puts the head's form in the
 * window when it is first unfolded: what they show is then the meeting shown at that moment (another meeting
 * chosen, or the meeting changed, meanwhile), and what is typed on any tab is still unsaved work.
 */
class MeetingEditorTabsTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;
    private Relais other;
    private MeetingsServices bob;
    private TableView<MeetingSummary> list;

    @BeforeEach
    void start() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        other = RelaisAppFixture.openStore(dataDir);
        other.store().actingUser().use("Bob Durand");
        bob = other.meetings().services();
        robot.clickOn("#nav-meetings");
        RelaisAppFixture.waitForSection(robot, "meetings");
        list = table("#meetings-table");
        waitUntil(() -> list.getItems().size() == bob.meetings().list().size() && !heading().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        other.close();
        app.stop();
    }

    @Test
    void aTabMadeWhenFirstChosenShowsTheMeetingShownThenChangedMeanwhile() throws Exception {
        assertThat(robot.lookup("#invitees-table").tryQuery()).isEmpty(); // not made while not chosen
        assertThat(robot.lookup("#decisions-table").tryQuery()).isEmpty();
        assertThat(robot.lookup("#carried-table").tryQuery()).isEmpty();
        MeetingSummary first = list.getItems().get(0);
        MeetingSummary held = list.getItems().stream()
                .filter(m -> m.id() != first.id() && !bob.meetings().load(m.id()).decisions().isEmpty()
                        && !bob.meetings().load(m.id()).invitees().isEmpty()
                        && !bob.meetings().load(m.id()).carriedItems().isEmpty())
                .findFirst().orElseThrow();
        choose(held);
        Invitee someone = bob.meetings().load(held.id()).invitees().get(0);
        Attendance changed = someone.attendance() == Attendance.EXCUSED ? Attendance.ABSENT : Attendance.EXCUSED;
        bob.attendance().set(List.of(someone), changed, null); // written elsewhere while the tab was never chosen
        choose(first);
        choose(held);
        MeetingFile expected = bob.meetings().load(held.id());

        robot.clickOn("#tab-participants");
        TableView<Invitee> invitees = table("#invitees-table");
        waitUntil(() -> invitees.getItems().equals(expected.invitees()));
        assertThat(invitees.getItems()).anyMatch(i -> i.id() == someone.id() && i.attendance() == changed);
        robot.clickOn("#tab-decisions");
        TableView<Decision> decisions = table("#decisions-table");
        assertThat(decisions.getItems()).containsExactlyElementsOf(expected.decisions());
        robot.clickOn("#tab-actions");
        TableView<ActionItem> carried = table("#carried-table");
        assertThat(carried.getItems()).containsExactlyElementsOf(expected.carriedItems());
        assertThat(table("#items-table").getItems()).containsExactlyElementsOf(expected.newItems());
        robot.clickOn("#tab-minutes");
        assertThat(minutesShown()).containsExactlyElementsOf(minutesOf(expected));

        choose(first); // tabs made earlier follow the meeting shown, chosen or not
        MeetingFile other = bob.meetings().load(first.id());
        assertThat(minutesShown()).containsExactlyElementsOf(minutesOf(other));
        robot.clickOn("#tab-participants");
        assertThat(invitees.getItems()).containsExactlyElementsOf(other.invitees());
        robot.clickOn("#tab-actions");
        assertThat(carried.getItems()).containsExactlyElementsOf(other.carriedItems());
    }

    @Test
    void minutesTypedStayUnsavedWorkOnEveryTabAndAreSaved() throws Exception {
        Button save = robot.lookup("#meeting-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        long shown = list.getSelectionModel().getSelectedItem().id();
        robot.clickOn("#tab-minutes");
        robot.clickOn("#minutes-1").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("Complément de séance.");
        for (String tab : List.of("#tab-decisions", "#tab-participants", "#tab-actions", "#tab-agenda")) {
            robot.clickOn(tab);
            assertThat(save.isDisabled()).as(tab).isFalse();
        }
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> {
            String saved = bob.meetings().load(shown).agenda().get(0).minutes();
            return saved != null && saved.endsWith("Complément de séance.");
        });
        waitUntil(save::isDisabled);
    }

    @Test
    void minutesEndingWithASpaceAreSavedAsTheStoreKeepsThemAndNothingIsLeftUnsaved() throws Exception {
        Button save = robot.lookup("#meeting-save").queryButton();
        long shown = list.getSelectionModel().getSelectedItem().id();
        robot.clickOn("#tab-minutes");
        TextArea first = robot.lookup("#minutes-1").queryAs(TextArea.class);
        robot.clickOn(first).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write(" Point à reprendre.  ");
        assertThat(save.isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> {
            String saved = bob.meetings().load(shown).agenda().get(0).minutes();
            return saved != null && saved.endsWith("Point à reprendre.");
        });
        waitUntil(save::isDisabled); // the spaces the store does not keep are not unsaved work
        TextArea shownAfter = robot.lookup("#minutes-1").queryAs(TextArea.class);
        assertThat(shownAfter.getText()).isEqualTo(bob.meetings().load(shown).agenda().get(0).minutes());

        robot.clickOn(shownAfter).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write("\n ");
        assertThat(save.isDisabled()).as("only blanks added at the end: nothing to save").isTrue();
        robot.write("Suite.");
        assertThat(save.isDisabled()).isFalse();
    }

    @Test
    void theFoldedHeadShowsTheMeetingShownWhenUnfoldedAndItsEditsAreUnsavedWork() throws Exception {
        assertThat(robot.lookup("#meeting-title").tryQuery()).isEmpty(); // folded: not in the window yet
        MeetingSummary second = list.getItems().get(1);
        choose(second);
        MeetingFile expected = bob.meetings().load(second.id());

        robot.clickOn("#meeting-details .title");
        TextField title = robot.lookup("#meeting-title").queryAs(TextField.class);
        waitUntil(() -> title.getText().equals(expected.meeting().title()));
        ComboBox<?> status = robot.lookup("#meeting-status").queryComboBox();
        assertThat(status.getValue()).isEqualTo(expected.meeting().status());
        ComboBox<?> group = robot.lookup("#meeting-group").queryComboBox();
        waitUntil(() -> expected.meeting().groupId() == null ? group.getValue() == null
                : group.getValue() != null && group.getValue().toString().contains(expected.meeting().groupName()));
        org.controlsfx.control.CheckComboBox<fr.cress.relais.meetings.Refs.JointAction> actions = robot.lookup("#meeting-actions").query();
        assertThat(actions.getItems()).isNotEmpty(); // the joint actions offered, given when first unfolded
        assertThat(actions.getCheckModel().getCheckedItems()).containsExactlyInAnyOrderElementsOf(expected.linkedActions());
        Button save = robot.lookup("#meeting-save").queryButton();
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#meeting-title").press(KeyCode.END).release(KeyCode.END).write(" (reportée)");
        assertThat(save.isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> bob.meetings().load(second.id()).meeting().title().endsWith(" (reportée)"));
        waitUntil(() -> heading().endsWith(" (reportée)") && save.isDisabled());
    }

    private void choose(MeetingSummary meeting) throws Exception {
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(m -> m.id() == meeting.id()).findFirst().orElseThrow()));
        String title = bob.meetings().load(meeting.id()).meeting().title();
        waitUntil(() -> heading().equals(title));
    }

    private List<String> minutesShown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.VBox points = robot.lookup(".minutes-points").queryAs(javafx.scene.layout.VBox.class);
        return points.getChildren().stream().map(box -> ((javafx.scene.layout.VBox) box).getChildren())
                .map(children -> ((TextArea) children.get(children.size() - 1)).getText()).toList();
    }

    private static List<String> minutesOf(MeetingFile f) {
        return f.agenda().stream().map(AgendaItem::minutes).map(m -> m == null ? "" : m).toList();
    }

    private String heading() {
        return robot.lookup("#meeting-heading").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return (TableView<T>) robot.lookup(query).queryAs(TableView.class);
    }
}
