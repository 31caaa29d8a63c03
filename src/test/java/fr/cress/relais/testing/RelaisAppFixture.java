package fr.cress.relais.testing;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import javafx.application.Application;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real Relais window (headless with Monocle) on a store in a temporary folder (on a run against
 * PostgreSQL, a fresh schema of the test server chosen in that folder), optionally filled with the example
 * programme first, and stops it after the test.
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

    /**
     * The window's preparation of sections while idle ({@code relais.prepareSections}) is off: a test finds only the
     * sections it opened, and nothing is built behind its back.
     */
    public static RelaisAppFixture start(Path dataDir, boolean withExample) throws Exception {
        return start(dataDir, withExample, false);
    }

    /** As {@link #start(Path, boolean)}, with the sections prepared while the window is idle, as for a user. */
    public static RelaisAppFixture startPreparingSections(Path dataDir, boolean withExample) throws Exception {
        return start(dataDir, withExample, true);
    }

    private static RelaisAppFixture start(Path dataDir, boolean withExample, boolean prepareSections) throws Exception {
        System.setProperty("relais.prepareSections", Boolean.toString(prepareSections));
        ServerAddress server = TestStores.chooseServer(dataDir);
        if (withExample) {
            DataLocations locations = new DataLocations(dataDir, false);
            try (Relais relais = server == null ? Relais.open(locations, I18n.french(), Clock.systemDefaultZone())
                    : Relais.openServer(server, TestStores.password(), locations, I18n.french(), Clock.systemDefaultZone())) {
                relais.demoLoader().load();
            }
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(fr.cress.relais.app.RelaisApp.class,
                "--data-dir", dataDir.toString());
        return new RelaisAppFixture(app);
    }

    /** Opens, outside the window, the store the window of {@code dataDir} uses (embedded, or the test server's schema). */
    public static Relais openStore(Path dataDir) {
        ServerAddress server = TestStores.chooseServer(dataDir);
        DataLocations locations = new DataLocations(dataDir, false);
        return server == null ? Relais.open(locations, I18n.french(), Clock.systemDefaultZone())
                : Relais.openServer(server, TestStores.password(), locations, I18n.french(), Clock.systemDefaultZone());
    }

    /** Waits until a node matching {@code query} is shown (the store opens in the background). */
    public static Node waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).match(RelaisAppFixture::onScreen).query();
    }

    /** Waits until {@code condition} holds (20 s at most), then until the JavaFX events it started are handled. */
    public static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a main section is shown, built (#section-SLUG) or still empty (#section-SLUG-empty). */
    public static void waitForSection(FxRobot robot, String slug) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> shown(robot, "#section-" + slug) || shown(robot, "#section-" + slug + "-empty"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls every scroll pane around the node matching {@code query} so that it is in view (the dashboard
     * and the exports page are longer than the window): a robot can only click what is on screen.
     */
    public static Node reveal(FxRobot robot, String query) throws Exception {
        Node node = waitFor(robot, query);
        robot.interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                    double content = pane.getContent().getLayoutBounds().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    javafx.geometry.Bounds b = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    if (content > viewport) {
                        double target = Math.max(0, Math.min(1, (b.getMinY() - 16) / (content - viewport)));
                        pane.setVvalue(pane.getVmin() + target * (pane.getVmax() - pane.getVmin()));
                        pane.layout();
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** A node of a window that is showing (not one of a window closed by an earlier test). */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).match(RelaisAppFixture::onScreen).tryQuery().isPresent();
    }

    private static boolean onScreen(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    /** The running application (a {@code fr.cress.relais.app.RelaisApp}). */
    public Application application() {
        return application;
    }

    public void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        fr.cress.relais.app.RelaisApp.awaitClosed(); // the store is backed up and closed after the window
    }
}
