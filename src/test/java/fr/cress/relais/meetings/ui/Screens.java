package fr.cress.relais.meetings.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what a test sees as a PNG when -Drelais.screens=DIR is given (to look at the screens). */
final class Screens {

    private Screens() {
    }

    static void capture(FxRobot robot, String query, String name) {
        String dir = System.getProperty("relais.screens");
        if (dir == null) {
            return;
        }
        Node node = robot.lookup(query).query();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.getScene().snapshot(null));
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
