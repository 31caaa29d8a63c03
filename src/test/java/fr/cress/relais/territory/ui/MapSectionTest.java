package fr.cress.relais.territory.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The « Carte » section of the example programme, offline, as a new user opens it. */
class MapSectionTest {

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

    private CoverageLayer layer() {
        return (CoverageLayer) robot.lookup("#coverage-image").query().getParent();
    }

    private void openMap() throws Exception {
        robot.clickOn("#nav-map");
        RelaisAppFixture.waitForSection(robot, "map");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#coverage-image").tryQuery().isPresent()
                && layer().drawnSymbols() + layer().drawnPolygons() > 0);
    }

    private javafx.geometry.Point2D centreOf(String code) {
        var territory = layer().coverageOf(code).orElseThrow().territory();
        return layer().pointOf(territory.lat(), territory.lon());
    }

    static void capture(FxRobot robot, Node node, String name) {
        try {
            Path dir = Path.of(System.getProperty("relais.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(node).getImage(), null), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theExampleMapShowsMarkersAndCoverageOfflineAtOnce() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");

        openMap();

        CoverageLayer layer = layer();
        assertThat(layer.drawnSymbols()).as("EPCI circles without contours").isEqualTo(40);
        assertThat(layer.drawnPolygons()).isZero();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#map-layers-loading").queryAs(Label.class).isVisible());
        assertThat(layer.drawnMarks().stream().filter(h -> h.owner() instanceof MarkerLayer))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(robot.lookup("#map-legend").queryAs(Node.class).isVisible()).isTrue();
        assertThat(Files.exists(dataDir.resolve("tiles"))).as("no tile fetched or cached offline").isFalse();
        capture(robot, robot.lookup("#section-map").query(), "map-demo-offline");

        robot.interact(() -> robot.lookup("#map-level").queryAs(ComboBox.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layer().drawnSymbols() > 300);
    }

    @Test
    void clickingATerritoryTellsWhoCoversIt() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        openMap();
        robot.interact(() -> robot.lookup("#map-service").queryAs(ComboBox.class).setValue("microcredit"));
        // The holders of Saint-Lô sit on the agglomeration's centre: hide their layer to reach the territory.
        robot.clickOn("#map-layer-holders");
        WaitForAsyncUtils.waitForFxEvents();

        Node map = robot.lookup("#territory-map").query();
        javafx.geometry.Point2D saintLo = centreOf("200066389");
        robot.moveTo(map.localToScreen(saintLo));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#map-hover").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#map-hover").queryAs(Label.class).getText())
                .startsWith("CA Saint-Lô Agglo").contains("zone blanche");
        robot.clickOn(map.localToScreen(saintLo));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#map-details .title-3").tryQuery()
                .map(n -> ((Label) n).getText().equals("CA Saint-Lô Agglo")).orElse(false));
        assertThat(robot.lookup("#map-details .details-gap").queryAs(Label.class).getText())
                .contains("aucune structure ne propose").contains("Microcrédit");

        robot.interact(() -> robot.lookup("#map-service").queryAs(ComboBox.class).setValue("financement"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layer().drawnSymbols() == 40);
        robot.clickOn(map.localToScreen(centreOf("200066389")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#map-details .details-card").queryAll().size() >= 4);
        assertThat(robot.lookup("#map-details .details-card-title").queryAll())
                .extracting(n -> ((Label) n).getText())
                .contains("BNA – Garantie", "BNA – Apport en fonds propres", "Fondation MACIF – Subvention");
        capture(robot, robot.lookup("#section-map").query(), "map-details-funding");
    }

    @Test
    void importedContoursShadeCommunesAndEpci() throws Exception {
        try (Relais relais = RelaisAppFixture.openStore(dataDir)) {
            relais.demoLoader().load();
            Path file = dataDir.resolve("three-communes.geojson");
            try (InputStream in = getClass().getResourceAsStream("/fr/cress/relais/territory/contours/three-communes.geojson")) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            relais.territory().contours().importFile(file, Progress.NONE);
        }
        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        openMap();

        assertThat(layer().drawnPolygons()).as("CU Caen la Mer and CA Saint-Lô Agglo from their communes").isEqualTo(2);
        assertThat(layer().drawnSymbols()).isEqualTo(38);

        robot.interact(() -> robot.lookup("#map-level").queryAs(ComboBox.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layer().drawnPolygons() == 3);
    }
}
