package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.ActionItemStatus;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Attendance;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingStatus;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** The « Réunions » section in the real window, with the example programme, driven as the coordinator would. */
class MeetingsViewTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @BeforeEach
    void start() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-meetings");
        RelaisAppFixture.waitForSection(robot, "meetings");
        waitUntil(() -> !table("#meetings-table").getItems().isEmpty() && heading().contains("Entreprendre"));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void prepareHoldTheNextMeetingCloseTwoItemsAddOneAndTheRestComeBackAtTheMeetingAfter() throws Exception {
        robot.clickOn("#meetings-prepare");
        RelaisAppFixture.waitFor(robot, "#prepare-absentees");
        assertThat(texts("#prepare-items")).anyMatch(t -> t.contains("module de formation"));
        assertThat(texts("#prepare-absentees")).anyMatch(t -> t.startsWith("UREI"));
        Screens.capture(robot, "#section-meetings", "meetings-prepare");

        robot.clickOn("#prepare-open");
        RelaisAppFixture.waitFor(robot, "#meeting-tabs");
        robot.clickOn("#tab-actions");
        TableView<ActionItem> carried = table("#carried-table");
        waitUntil(() -> carried.getItems().size() >= 4);
        Screens.capture(robot, "#section-meetings", "meetings-actions-before");
        List<String> before = carried.getItems().stream().filter(ActionItem::open).map(ActionItem::title).toList();
        robot.clickOn(cell(carried, 0)).press(KeyCode.SHIFT).clickOn(cell(carried, 1)).release(KeyCode.SHIFT);
        robot.clickOn("#carried-done");
        waitUntil(() -> carried.getItems().stream().filter(i -> i.status() == ActionItemStatus.DONE).count() == 2);
        List<String> closed = carried.getItems().stream().filter(i -> !i.open()).map(ActionItem::title).toList();

        robot.clickOn("#item-add");
        RelaisAppFixture.waitFor(robot, "#item-title"); // once the directory is read for the owner's choice
        robot.clickOn("#item-title").write("Envoyer le compte rendu aux membres");
        robot.clickOn("#item-dialog-ok");
        TableView<ActionItem> decided = table("#items-table");
        waitUntil(() -> decided.getItems().size() == 1);
        robot.clickOn("#meeting-details .title"); // the head of the meeting, folded until then
        ComboBox<MeetingStatus> status = robot.lookup("#meeting-status").queryComboBox();
        robot.interact(() -> status.setValue(MeetingStatus.HELD));
        robot.clickOn("#meeting-save");
        waitUntil(() -> heading().contains("Entreprendre") && !robot.lookup("#meeting-save").queryButton().isDisabled() == false);
        Screens.capture(robot, "#section-meetings", "meetings-actions");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        RelaisAppFixture.waitFor(robot, "#new-date");
        DatePicker date = robot.lookup("#new-date").query();
        robot.interact(() -> date.setValue(date.getValue().plusMonths(3)));
        robot.clickOn("#new-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Réunion suivante du groupe");
        robot.clickOn("#new-meeting-dialog-ok");
        waitUntil(() -> heading().equals("Réunion suivante du groupe"));
        robot.clickOn("#tab-actions");
        TableView<ActionItem> next = table("#carried-table");
        waitUntil(() -> !next.getItems().isEmpty());
        List<String> nowOpen = next.getItems().stream().filter(ActionItem::open).map(ActionItem::title).toList();
        assertThat(nowOpen).contains("Envoyer le compte rendu aux membres")
                .doesNotContainAnyElementsOf(closed)
                .containsAll(before.stream().filter(t -> !closed.contains(t)).toList());
        assertThat(closed).hasSize(2);
    }

    @Test
    void agendaPointsMoveWithAltUpAndByDragging() throws Exception {
        ListView<AgendaItem> list = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> list.getItems().size() >= 4);
        String third = list.getItems().get(2).title();
        robot.clickOn(agendaCell(third));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> list.getItems().get(1).title().equals(third) && list.getItems().get(1).rank() == 2);

        String last = list.getItems().get(list.getItems().size() - 1).title();
        String first = list.getItems().get(0).title();
        robot.drag(agendaCell(last)).dropTo(agendaCell(first));
        waitUntil(() -> list.getItems().get(0).title().equals(last) && list.getItems().get(0).rank() == 1);
        Screens.capture(robot, "#section-meetings", "meetings-agenda");
    }

    @Test
    void attendanceIsEnteredWithButtonsAndKeysAndCountedPerOrganisation() throws Exception {
        robot.clickOn("#tab-participants");
        TableView<Invitee> invitees = table("#invitees-table");
        waitUntil(() -> invitees.getItems().size() >= 10);
        robot.clickOn(cell(invitees, 0)).press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).release(KeyCode.SHIFT);
        waitUntil(() -> invitees.getSelectionModel().getSelectedIndices().size() == 3);
        robot.clickOn("#attendance-present");
        waitUntil(() -> invitees.getItems().stream().filter(i -> i.attendance() == Attendance.PRESENT).count() == 3);
        robot.clickOn(cell(invitees, 0)).type(KeyCode.DOWN, 3);
        waitUntil(() -> invitees.getSelectionModel().getSelectedIndices().equals(List.of(3)));
        robot.type(KeyCode.E);
        waitUntil(() -> invitees.getItems().get(3).attendance() == Attendance.EXCUSED);
        Label summary = robot.lookup("#attendance-summary").query();
        assertThat(summary.getText()).contains("3 présente(s) ou représentée(s), 1 excusée(s)");
        TableView<?> rates = table("#attendance-rates");
        waitUntil(() -> !rates.getItems().isEmpty());
        Screens.capture(robot, "#section-meetings", "meetings-participants");
    }

    private String heading() {
        return robot.lookup("#meeting-heading").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private Node agendaCell(String title) {
        return robot.lookup(".agenda-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof AgendaItem a && a.title().equals(title)).query();
    }

    private Node cell(TableView<?> table, int row) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n.isVisible() && n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == row
                        && r.getItem() != null)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + row + " in " + table.getId()));
    }

    private List<String> texts(String query) {
        return robot.from(robot.lookup(query).queryAs(Node.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return (TableView<T>) robot.lookup(query).queryAs(TableView.class);
    }

}
