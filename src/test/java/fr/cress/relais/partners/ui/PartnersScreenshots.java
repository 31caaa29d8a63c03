package fr.cress.relais.partners.ui;

import fr.cress.relais.testing.RelaisAppFixture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Not a test: saves screenshots of the section under /tmp for a human to look at (-Dpartners.screenshots=true). */
class PartnersScreenshots {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    static void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup("#section-partners").query().getScene().getRoot();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("/tmp/partners-" + name + ".png"));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "partners.screenshots", matches = "true")
    void screenshots() throws Exception {
        RelaisAppFixture app = RelaisAppFixture.start(dataDir, true);
        try {
            RelaisAppFixture.waitFor(robot, ".example-banner");
            robot.clickOn("#nav-partners");
            RelaisAppFixture.waitForSection(robot, "partners");
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
            save(robot, "1-list");
            robot.clickOn("#partners-filter").write("caen");
            WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
            save(robot, "2-filter");
        } finally {
            app.stop();
        }
    }
}
