package fr.cress.relais.testing;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import javafx.application.Application;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real Relais window (headless with Monocle) on a store in a temporary folder, optionally filled
 * with the example programme first, and stops it after the test.
 * <pre>
 *   app = RelaisAppFixture.start(tempDir, true);
 *   robot.clickOn("#nav-partners");
 *   ...
 *   app.stop();   // in @AfterEach
 * </pre>
 */
public final class RelaisAppFixture {

    private final Application application;

    private RelaisAppFixture(Application application) {
        this.application = application;
    }

    public static RelaisAppFixture start(Path dataDir, boolean withExample) throws Exception {
        if (withExample) {
            try (Relais relais = Relais.open(new DataLocations(dataDir, false), I18n.french(), Clock.systemDefaultZone())) {
                relais.demoLoader().load();
            }
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(fr.cress.relais.app.RelaisApp.class,
                "--data-dir", dataDir.toString());
        return new RelaisAppFixture(app);
    }

    /**
     * Waits until a node matching {@code query} is shown (the store opens in the background), attached to its
     * scene and laid out: a node caught while the FX thread is still adding it has no scene yet.
     */
    public static Node waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(Node::isVisible).filter(n -> n.getScene() != null).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    /** Waits until a main section is shown, built (#section-SLUG) or still empty (#section-SLUG-empty). */
    public static void waitForSection(FxRobot robot, String slug) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#section-" + slug).tryQuery().filter(Node::isVisible).isPresent()
                        || robot.lookup("#section-" + slug + "-empty").tryQuery().filter(Node::isVisible).isPresent());
    }

    public void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }
}
