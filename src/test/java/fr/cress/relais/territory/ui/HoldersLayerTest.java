package fr.cress.relais.territory.ui;

import fr.cress.relais.holders.HolderPlace;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Project holders drawn over the coverage of the example map, and a click on them leading to their list. */
class HoldersLayerTest {

    private static final String CARENTAN = "50099";

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

    private OverlayLayer holders() {
        return robot.lookup("#overlay-holders").queryAs(OverlayLayer.class);
    }

    private void openMap() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-map");
        RelaisAppFixture.waitForSection(robot, "map");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#coverage-image").tryQuery()
                .map(c -> ((CoverageLayer) c.getParent()).drawnSymbols() > 0).orElse(false)
                && robot.lookup("#overlay-holders").tryQuery().isPresent() && !holders().points().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CoverageLayer coverage() {
        return (CoverageLayer) robot.lookup("#coverage-image").query().getParent();
    }

    /** Where a point is drawn on the map (the map's coordinates, those of its layers). */
    private Point2D positionOf(MapOverlayPoint point) {
        return coverage().drawnMarks().stream().filter(h -> h.mark().item().equals(point)).findFirst()
                .map(h -> new Point2D(h.x(), h.y())).orElseThrow();
    }

    /** The point of the EPCI of Carentan-les-Marais (the map opens at EPCI level). */
    private MapOverlayPoint carentan() {
        return holders().points().stream().filter(p -> ((HolderPlace) p.target()).contains(CARENTAN))
                .findFirst().orElseThrow();
    }

    @Test
    void theMapShowsTheHoldersLayerWithItsToggleAndLegend() throws Exception {
        openMap();

        CheckBox toggle = robot.lookup("#map-layer-holders").queryAs(CheckBox.class);
        assertThat(toggle.getText()).isEqualTo("Porteurs de projet");
        assertThat(toggle.isSelected()).isTrue();
        assertThat(robot.lookup("#map-layers").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#map-legend-holders").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#map-legend-holders .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Porteurs de projet\u202f:", "au moins un besoin sans offre sur place");
        assertThat(holders().points().stream().mapToInt(MapOverlayPoint::count).sum()).isGreaterThan(40);
        assertThat(coverage().drawnMarks()).as("gap points drawn")
                .anyMatch(h -> h.owner() == holders() && ((MapOverlayPoint) h.mark().item()).gap());
        assertThat(carentan().gap()).isTrue();
        MapSectionTest.capture(robot, robot.lookup("#section-map").query(), "map-holders");

        int holders = holders().points().stream().mapToInt(MapOverlayPoint::count).sum();
        robot.interact(() -> robot.lookup("#map-level").queryAs(ComboBox.class)
                .setValue(fr.cress.relais.territory.TerritoryLevel.DEPARTEMENT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> holders().points().size() == 3);
        assertThat(holders().points().stream().mapToInt(MapOverlayPoint::count).sum()).isEqualTo(holders);
        MapSectionTest.capture(robot, robot.lookup("#section-map").query(), "map-holders-departements");

        robot.clickOn("#map-layer-holders");
        assertThat(holders().isVisible()).isFalse();
        assertThat(robot.lookup("#map-legend-holders").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#map-layer-holders");
        assertThat(holders().isVisible()).isTrue();
    }

    @Test
    void aPointIsFoundWhereItIsDrawnAndNowhereElse() throws Exception {
        openMap();
        robot.clickOn("#map-layer-organisations");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> coverage().drawnMarks().stream()
                .noneMatch(h -> h.owner() instanceof MarkerLayer));
        CoverageLayer layer = coverage();
        Point2D at = positionOf(carentan());

        assertThat(layer.markAt(at.getX(), at.getY()).map(h -> h.mark().item())).contains(carentan());
        double r = OverlayLayer.radius(carentan().count());
        assertThat(layer.markAt(at.getX() + r * 0.6, at.getY()).map(h -> h.mark().item())).contains(carentan());
        assertThat(layer.markAt(-500, -500)).isEmpty();
        assertThat(OverlayLayer.radius(4)).isEqualTo(2 * OverlayLayer.radius(1));
    }

    @Test
    void clickingAHolderPointOpensTheHoldersOfThatTerritoryAndTheMapFollowsTheirChanges() throws Exception {
        openMap();
        robot.clickOn("#map-layer-organisations");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> coverage().drawnMarks().stream()
                .noneMatch(h -> h.owner() instanceof MarkerLayer));
        Point2D at = positionOf(carentan());
        int count = carentan().count();
        String name = carentan().name();

        robot.moveTo(coverage().localToScreen(at.add(2, 0)));
        robot.clickOn(coverage().localToScreen(at));

        RelaisAppFixture.waitForSection(robot, "holders");
        Button chip = robot.lookup("#holders-filter-place").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chip.isVisible()
                && robot.lookup("#holders-count").queryAs(Label.class).getText().endsWith("sur 51"));
        assertThat(chip.getText()).isEqualTo("Intercommunalité\u202f: " + name);
        assertThat(robot.lookup("#holders-count").queryAs(Label.class).getText()).isEqualTo(count + " sur 51");
        TableView<?> table = robot.lookup("#holders-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(count);
        MapSectionTest.capture(robot, robot.lookup("#section-holders").query(), "holders-of-commune");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#holders-table");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#holders-count").queryAs(Label.class)
                .getText().equals((count - 1) + " sur 50"));

        robot.clickOn(chip);
        assertThat(chip.isVisible()).isFalse();
        assertThat(robot.lookup("#holders-count").queryAs(Label.class).getText()).isEqualTo("50 sur 50");

        robot.clickOn("#nav-map");
        RelaisAppFixture.waitForSection(robot, "map");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> holders().points().stream()
                .anyMatch(p -> ((HolderPlace) p.target()).contains(CARENTAN) && p.count() == count - 1));
    }
}
