package fr.cress.relais.meetings.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.ActionItemCounts;
import fr.cress.relais.meetings.ActionItemStatus;
import fr.cress.relais.meetings.MeetingDraft;
import fr.cress.relais.meetings.MeetingStatus;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.meetings.MeetingsServices;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static fr.cress.relais.testing.RelaisAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Going back to « Réunions » and to the dashboard shows what was read before when nothing changed, and what
 * someone else wrote meanwhile when data changed (a second store on the same file, seen by the window's poll).
 */
class MeetingsReopeningTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;
    private Relais other;
    private MeetingsServices bob;

    @BeforeEach
    void start() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        other = RelaisAppFixture.openStore(dataDir);
        other.store().actingUser().use("Bob Durand");
        bob = other.meetings().services();
    }

    @AfterEach
    void stop() throws Exception {
        other.close();
        app.stop();
    }

    @Test
    void theListShownAgainIsTheSameUntilSomeoneChangesTheMeetings() throws Exception {
        openMeetings();
        TableView<MeetingSummary> table = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> table.getItems().size() == bob.meetings().list().size());
        List<MeetingSummary> first = List.copyOf(table.getItems());
        assertThat(first).isEqualTo(MeetingListPane.ordered(bob.meetings().list(), bob.meetings().now()));

        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitForSection(robot, "partners");
        openMeetings();
        assertThat(table.getItems()).containsExactlyElementsOf(first);
        assertThat(table.getItems().get(0)).isSameAs(first.get(0)); // shown again, not read again

        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitForSection(robot, "partners");
        LocalDateTime tomorrow = bob.meetings().today().plusDays(1).atTime(9, 30);
        long added = bob.meetings().create(new MeetingDraft(null, "Point d’étape avec AVISE", tomorrow, null, null,
                null, MeetingStatus.PLANNED, null, List.of()), List.of());
        robot.clickOn("#nav-dashboard");
        RelaisAppFixture.waitFor(robot, ".meetings-card-title");
        waitUntil(() -> robot.lookup(".meetings-card-title").tryQueryAs(Label.class).map(Label::getText)
                .filter("Point d’étape avec AVISE"::equals).isPresent()); // the dashboard shown sees Bob's meeting

        openMeetings();
        waitUntil(() -> table.getItems().size() == first.size() + 1);
        assertThat(table.getItems()).containsExactlyElementsOf(
                MeetingListPane.ordered(bob.meetings().list(), bob.meetings().now()));
        assertThat(table.getItems().get(0).id()).isEqualTo(added); // the soonest to come, at the top
    }

    @Test
    void aMeetingAddedWhileTheSectionIsHiddenIsReadWhenShownAndTheLinkSelectsIt() throws Exception {
        openMeetings();
        TableView<MeetingSummary> table = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> table.getItems().size() == bob.meetings().list().size());
        List<MeetingSummary> before = List.copyOf(table.getItems());

        robot.clickOn("#nav-dashboard");
        RelaisAppFixture.waitFor(robot, ".meetings-card-title");
        LocalDateTime tomorrow = bob.meetings().today().plusDays(1).atTime(8, 45);
        long added = bob.meetings().create(new MeetingDraft(null, "Comité des financeurs", tomorrow, null, null,
                null, MeetingStatus.PLANNED, null, List.of()), List.of());
        waitUntil(() -> robot.lookup(".meetings-card-title").tryQueryAs(Label.class).map(Label::getText)
                .filter("Comité des financeurs"::equals).isPresent()); // the window has seen Bob's meeting
        assertThat(table.getItems()).containsExactlyElementsOf(before); // hidden: not read in the background
        assertThat(table.getItems().get(0)).isSameAs(before.get(0));

        RelaisAppFixture.reveal(robot, "#meetings-card-open");
        robot.clickOn("#meetings-card-open"); // « Réunions » with the new meeting as its target
        RelaisAppFixture.waitForSection(robot, "meetings");
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == added);
        assertThat(table.getItems()).containsExactlyElementsOf(
                MeetingListPane.ordered(bob.meetings().list(), bob.meetings().now()));
        waitUntil(() -> robot.lookup("#meeting-heading").tryQueryAs(Label.class).map(Label::getText)
                .filter("Comité des financeurs"::equals).isPresent()); // and opened beside the list
    }

    @Test
    void theDashboardShownAgainCountsTheItemsClosedElsewhereMeanwhile() throws Exception {
        robot.clickOn("#nav-dashboard");
        RelaisAppFixture.waitFor(robot, "#meetings-card-items");
        ActionItemCounts before = bob.followUp().openCounts();
        waitUntil(() -> cardItems().equals(text(before)));

        openMeetings();
        TableView<MeetingSummary> table = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        List<ActionItem> overdue = bob.followUp().openItems().stream()
                .filter(i -> i.overdue(bob.meetings().today())).limit(2).toList();
        MeetingSummary next = bob.meetings().next().orElseThrow();
        bob.followUp().close(overdue, ActionItemStatus.DONE, bob.meetings().load(next.id()).meeting());
        bob.meetings().create(new MeetingDraft(null, "Réunion des financeurs", next.startsAt().plusDays(2), null,
                null, null, MeetingStatus.PLANNED, null, List.of()), List.of());
        // The meetings shown see Bob's meeting with the poll; the dashboard, hidden, is marked out of date.
        waitUntil(() -> table.getItems().stream().anyMatch(m -> m.title().equals("Réunion des financeurs")));

        robot.clickOn("#nav-dashboard");
        ActionItemCounts after = bob.followUp().openCounts();
        assertThat(after).isEqualTo(new ActionItemCounts(before.open() - 2, before.overdue() - 2));
        waitUntil(() -> cardItems().equals(text(after)));
    }

    /** The card draws its lines again with each refresh: the label is looked up each time (absent meanwhile). */
    private String cardItems() {
        return robot.lookup("#meetings-card-items").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static String text(ActionItemCounts c) {
        return c.open() + " actions ouvertes, dont " + c.overdue() + " en retard";
    }

    private void openMeetings() throws Exception {
        robot.clickOn("#nav-meetings");
        RelaisAppFixture.waitForSection(robot, "meetings");
    }
}
