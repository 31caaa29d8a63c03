package fr.cress.relais.app;

import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.testing.RelaisAppFixture;
import fr.cress.relais.testing.TestStores;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Fichier > « Base partagée (PostgreSQL)… » in the real window: address checked, connection tested, choice saved. */
class SharedStoreWindowTest {

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
    void aRefusedAddressIsToldInTheDialogAndTheSavedChoiceHoldsNoPassword() throws Exception {
        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitFor(robot, "#welcome");
        openDialog();
        robot.clickOn("#server-shared");
        type("#server-host", "db.cress.org?socketFactory=x");
        type("#server-database", "relais");
        type("#server-user", "coordination");
        robot.clickOn("#server-test");
        assertThat(status()).contains("Le nom du serveur", "n’est pas valide");

        type("#server-host", "db.cress.org");
        robot.clickOn("#server-password").write("secret-du-test");
        robot.clickOn("#server-remember");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Enregistrer".equals(((Button) n).getText()))
                .queryAs(Node.class));

        Node info = RelaisAppFixture.waitFor(robot, ".dialog-pane .content");
        assertThat(((Labeled) info).getText()).contains("coordination@db.cress.org:5432/relais", "prochain démarrage");
        String saved = Files.readString(dataDir.resolve("store.properties"));
        assertThat(saved).contains("host=db.cress.org", "user=coordination").doesNotContain("secret-du-test");
    }

    @Test
    void testingTheConnectionToARealServerSaysItWorked() throws Exception {
        ServerAddress server = TestStores.server();
        org.junit.jupiter.api.Assumptions.assumeTrue(server != null, "needs the test PostgreSQL server (-Pteam-store)");
        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitFor(robot, "#welcome");
        openDialog();
        robot.clickOn("#server-shared");
        type("#server-host", server.host());
        type("#server-port", Integer.toString(server.port()));
        type("#server-database", server.database());
        type("#server-user", server.user());
        robot.clickOn("#server-password").write(TestStores.password());
        robot.clickOn("#server-test");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith("Connexion réussie"));
        assertThat(status()).contains("PostgreSQL");
        Node pane = robot.lookup(".dialog-pane").query();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(pane.snapshot(null, null), null), "png",
                        Path.of(System.getProperty("java.io.tmpdir"), "relais-shared-store-dialog.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void openDialog() throws Exception {
        robot.clickOn(robot.lookup(".menu-bar .menu-button").match(n -> ((MenuButton) n).getText().replace("_", "").equals("Fichier"))
                .queryAs(Node.class));
        robot.clickOn(robot.lookup(".menu-item .label")
                .match(n -> ((Labeled) n).getText().equals("Base partagée (PostgreSQL)…")).queryAs(Node.class));
        RelaisAppFixture.waitFor(robot, "#server-host");
    }

    private void type(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    private String status() {
        return robot.lookup("#server-status").queryAs(Label.class).getText();
    }
}
