package fr.cress.relais.partners.ui;

import fr.cress.relais.testing.RelaisAppFixture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Not a check: saves screenshots of the section under /tmp for a person to look at. Runs only with
 * {@code -Dpartners.screenshots=true}.
 */
class PartnersScreenshots {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    static void save(FxRobot robot, String name) throws Exception {
        Node root = robot.lookup("#section-partners").query().getScene().getRoot();
        save(root.getScene(), name);
    }

    static void save(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("/tmp/partners-" + name + ".png"));
    }

    private void saveTopWindow(String name) throws Exception {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        Window main = robot.lookup("#section-partners").query().getScene().getWindow();
        Window top = robot.listTargetWindows().stream().filter(w -> w != main && w.isShowing()
                && w.getScene() != null).reduce((a, b) -> b).orElse(main);
        save(top.getScene(), name);
    }

    private void pause() {
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
    }

    /** The import dialog on the UTF-8 fixture, built beside the window (no file chooser headless). */
    private void importDialog(Path dir) throws Exception {
        Path list = dir.resolve("partenaires.csv");
        try (var in = PartnersScreenshots.class.getResourceAsStream("/fr/cress/relais/partners/import/partenaires-windows1252.csv")) {
            java.nio.file.Files.copy(in, list);
        }
        fr.cress.relais.app.Relais relais = fr.cress.relais.testing.TestStores.demoRelais(dir);
        Window main = robot.lookup("#section-partners").query().getScene().getWindow();
        var tasks = new fr.cress.relais.common.concurrent.FxTaskRunner(e -> { });
        var i18n = fr.cress.relais.common.i18n.I18n.french();
        var settings = fr.cress.relais.common.settings.UiSettings.inMemory();
        var ui = new fr.cress.relais.common.feature.UiContext(i18n,
                new fr.cress.relais.common.ui.FxDialogService(i18n, settings, () -> main, null), tasks, settings,
                (s, t) -> { }, new fr.cress.relais.common.feature.DataEvents());
        var file = relais.partners().imports().inspect(list);
        robot.interact(() -> new ImportDialog(relais.partners(), ui, new DirectoryModel(relais.partners(), ui), main).open(file));
        saveTopWindow("7-import-mapping");
        robot.clickOn("#import-next");
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        saveTopWindow("8-import-preview");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        relais.close();
    }

    @Test
    @EnabledIfSystemProperty(named = "partners.screenshots", matches = "true")
    void screenshots() throws Exception {
        RelaisAppFixture app = RelaisAppFixture.start(dataDir, true);
        try {
            RelaisAppFixture.waitFor(robot, ".example-banner");
            robot.clickOn("#nav-partners");
            RelaisAppFixture.waitForSection(robot, "partners");
            pause();
            save(robot, "1-list");
            robot.write("caen");
            pause();
            robot.clickOn("Crédit Mutuel de Normandie");
            pause();
            save(robot, "2-filter-detail");
            robot.clickOn("#partners-new");
            robot.write("Atelier");
            TextField email = robot.lookup("#org-email").queryAs(TextField.class);
            robot.interact(email::requestFocus);
            robot.write("contact-at");
            robot.clickOn("#partners-save");
            pause();
            save(robot, "3-validation");
            robot.clickOn("#partners-revert");
            robot.clickOn("Crédit Mutuel de Normandie");
            robot.type(javafx.scene.input.KeyCode.DELETE);
            WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
            saveTopWindow("3b-confirm-delete");
            robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> "Supprimer".equals(b.getText())).findFirst().orElseThrow());
            pause();
            save(robot, "3c-undo");
            robot.clickOn("#partners-tab-contacts");
            pause();
            robot.clickOn("Contacts");
            pause();
            robot.clickOn("Guérin Thomas");
            pause();
            save(robot, "4-contacts");
            robot.clickOn("Groupes");
            pause();
            save(robot, "5-groups");
            robot.clickOn("#group-members-add");
            saveTopWindow("6-membership-dialog");
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            importDialog(dataDir);
        } finally {
            Path log = dataDir.resolve("logs/relais.log");
            if (java.nio.file.Files.exists(log)) {
                java.nio.file.Files.copy(log, Path.of("/tmp/partners-screenshots.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            app.stop();
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "partners.screenshots", matches = "true")
    void emptyDirectoryAndExports() throws Exception {
        RelaisAppFixture app = RelaisAppFixture.start(dataDir, false);
        try {
            RelaisAppFixture.waitFor(robot, "#welcome-empty");
            robot.clickOn("#welcome-empty");
            RelaisAppFixture.waitForSection(robot, "partners");
            pause();
            save(robot, "9-empty");
            robot.clickOn("#nav-exports");
            pause();
            save(robot.lookup("#nav-exports").query().getScene(), "10-exports");
        } finally {
            app.stop();
        }
    }
}
