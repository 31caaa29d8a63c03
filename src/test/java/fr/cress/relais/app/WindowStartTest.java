package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the start leaves for after the first frame still arrives: the navigation's tooltips, the window's icons,
 * and a long job in the status bar.
 */
class WindowStartTest {

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
    void theNavigationTooltipsAndTheWindowIconsArriveOnceTheWindowIsUsable() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitForSection(robot, "dashboard");
        ToggleButton partners = (ToggleButton) RelaisAppFixture.waitFor(robot, "#nav-partners");
        Stage stage = (Stage) partners.getScene().getWindow();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> partners.getTooltip() != null && stage.getIcons().size() == WindowIcons.SIZES.size());

        assertThat(partners.getTooltip().getText()).isEqualTo("Partenaires (Ctrl+2)");
        assertThat(((ToggleButton) robot.lookup("#nav-exports").query()).getTooltip().getText())
                .isEqualTo("Exports (Ctrl+7)");
    }

    @Test
    void theStatusBarShowsAJobStillRunningThenHidesItWhenItEnds() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxTaskRunner tasks = new FxTaskRunner(e -> { });
        AtomicReference<Node> bar = new AtomicReference<>();
        robot.interact(() -> bar.set(new StatusBarView(I18n.french(), tasks).node()));
        assertThat(bar.get().lookup("#status-progress")).isNull(); // made when a job is first shown
        CountDownLatch release = new CountDownLatch(1);

        tasks.job("Lecture de l’annuaire", p -> release.await(20, TimeUnit.SECONDS)).start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> bar.get().lookup("#status-progress") != null && bar.get().lookup("#status-progress").isVisible());
        Node progress = bar.get().lookup("#status-progress");
        assertThat(bar.get().lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .contains("Lecture de l’annuaire");

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !progress.isVisible());
        tasks.close();
    }
}
