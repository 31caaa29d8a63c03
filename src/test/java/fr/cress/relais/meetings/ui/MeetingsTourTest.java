package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.Decision;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static fr.cress.relais.testing.RelaisAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** From the dashboard to the meetings: the card, the decisions register, the minutes and the unsaved guard. */
class MeetingsTourTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theCardLeadsToTheNextMeetingTheRegisterFindsDecisionsAndTypedMinutesAreGuardedThenSaved() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-dashboard");
        Label items = (Label) RelaisAppFixture.waitFor(robot, "#meetings-card-items");
        waitUntil(() -> items.getText().contains("en retard"));
        Screens.capture(robot, "#section-dashboard", "meetings-dashboard");

        robot.clickOn("#meetings-card-open");
        RelaisAppFixture.waitForSection(robot, "meetings");
        waitUntil(() -> heading().contains("Entreprendre autrement"));
        robot.clickOn(robot.lookup("#meeting-details .title").queryAs(javafx.scene.Node.class));
        TitledPane details = robot.lookup("#meeting-details").query();
        waitUntil(details::isExpanded);
        Screens.capture(robot, "#section-meetings", "meetings-details");
        robot.clickOn(robot.lookup("#meeting-details .title").queryAs(javafx.scene.Node.class));
        waitUntil(() -> !details.isExpanded());

        robot.clickOn("#meetings-decisions");
        robot.clickOn("#decisions-search").write("fabrique");
        TableView<Decision> register = robot.lookup("#decisions-register").queryTableView();
        waitUntil(() -> !register.getItems().isEmpty()
                && register.getItems().stream().allMatch(d -> d.meetingTitle().contains("fabrique")));
        Screens.capture(robot, "#section-meetings", "meetings-register");
        robot.doubleClickOn(register.lookupAll(".table-row-cell").stream()
                .filter(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).findFirst().orElseThrow());
        waitUntil(() -> heading().contains("fabrique à initiatives"));

        robot.clickOn("#tab-minutes");
        TextArea minutes = (TextArea) RelaisAppFixture.waitFor(robot, "#minutes-2");
        robot.clickOn(minutes).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write(" Les réseaux proposent des initiatives.");
        Button save = robot.lookup("#meeting-save").queryButton();
        waitUntil(() -> !save.isDisabled());
        Screens.capture(robot, "#section-meetings", "meetings-minutes");

        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitFor(robot, ".dialog-pane");
        robot.clickOn("Annuler");
        assertThat(robot.lookup("#section-meetings").tryQuery()).isPresent();
        assertThat(minutes.getText()).endsWith("Les réseaux proposent des initiatives.");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(save::isDisabled);
        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitForSection(robot, "partners");
        robot.clickOn("#nav-meetings");
        RelaisAppFixture.waitForSection(robot, "meetings");
        TextArea reloaded = (TextArea) RelaisAppFixture.waitFor(robot, "#minutes-2");
        waitUntil(() -> reloaded.getText().endsWith("Les réseaux proposent des initiatives."));
    }

    private String heading() {
        return robot.lookup("#meeting-heading").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
