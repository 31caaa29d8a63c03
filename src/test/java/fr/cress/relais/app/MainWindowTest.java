package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The real main window, headless: first start, the example programme, every section. */
class MainWindowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void firstStartOffersTheExampleProgrammeThenEverySectionOpens() throws Exception {
        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitFor(robot, "#welcome");
        assertThat(robot.lookup("#nav-partners").queryAs(javafx.scene.Node.class).isDisabled()
                || robot.lookup("#nav-partners").queryAs(javafx.scene.Node.class).getParent().isDisabled()).isTrue();

        robot.clickOn("#welcome-example");

        RelaisAppFixture.waitFor(robot, ".example-banner");
        for (SectionId section : SectionId.values()) {
            robot.clickOn("#nav-" + section.slug());
            RelaisAppFixture.waitForSection(robot, section.slug());
        }
        assertThat(robot.lookup(".example-banner").queryAs(Label.class).getText()).contains("bilan 2007-2009");
    }

    @Test
    void startingEmptyLeadsToTheDirectoryAndTheWelcomeDoesNotComeBack() throws Exception {
        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitFor(robot, "#welcome-empty");
        robot.clickOn("#welcome-empty");
        RelaisAppFixture.waitForSection(robot, "partners");
        assertThat(robot.lookup(".example-banner").queryAs(Label.class).isVisible()).isFalse();
        app.stop();

        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitForSection(robot, "partners");
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
    }

    @Test
    void theWindowRemembersItsSizeAndLastSection() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-actions");
        RelaisAppFixture.waitForSection(robot, "actions");
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#nav-actions").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        app.stop();

        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitForSection(robot, "actions");
        javafx.stage.Stage again = (javafx.stage.Stage) robot.lookup("#nav-actions").query().getScene().getWindow();
        assertThat(again.getWidth()).isEqualTo(1000);
        assertThat(again.getHeight()).isEqualTo(700);
    }

    @Test
    void keyboardShortcutsOpenSections() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        RelaisAppFixture.waitForSection(robot, "meetings");
    }
}
