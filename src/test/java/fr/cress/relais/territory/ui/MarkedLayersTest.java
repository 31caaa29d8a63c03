package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapView;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.territory.OrganisationRef;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations and overlay points drawn into the map's image instead of one node each: each is drawn where its
 * node stood, in the colour CSS gives its kind, only while its layer is shown; the one under a point of the map
 * is found by place, the one drawn on top when they overlap.
 */
class MarkedLayersTest {

    private final FxRobot robot = new FxRobot();
    private MapView map;
    private CoverageLayer coverage;
    private MarkerLayer markers;
    private OverlayLayer holders;
    private final List<Object> selected = new ArrayList<>();

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        FxToolkit.setupStage(stage -> {
            MapLegend legend = new MapLegend(I18n.french());
            coverage = new CoverageLayer(legend, new CurrentThreadTaskRunner());
            markers = new MarkerLayer(I18n.french(), selected::add);
            holders = new OverlayLayer("holders", selected::add);
            map = new MapView();
            map.addLayer(coverage);
            map.addLayer(holders);
            map.addLayer(markers);
            coverage.drawMarks(List.of(holders, markers));
            legend.node().setMouseTransparent(true); // over the map in this bare stage: only its colours are needed
            Scene scene = new Scene(new StackPane(map, legend.node()), 640, 480);
            scene.getStylesheets().add(Objects.requireNonNull(getClass()
                    .getResource("/fr/cress/relais/territory/map.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            map.setZoom(8);
            map.setCenter(49.0, -0.4);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static OrganisationMarker marker(long id, String kind, double lon, int slot, int slots) {
        return new OrganisationMarker(new OrganisationRef(id, "Structure " + id, null, kind, "C" + id), "Commune " + id,
                49.0, lon, slot, slots);
    }

    private static MapOverlayPoint point(String code, double lon, int count, boolean gap) {
        return new MapOverlayPoint(code, "Commune " + code, 49.0, lon, count, gap, "Texte " + code, code);
    }

    private void render() {
        robot.interact(() -> {
            map.layout();
            map.snapshot(null, null);
        });
    }

    private Optional<Object> itemAt(Point2D at) {
        AtomicReference<Optional<Object>> item = new AtomicReference<>();
        robot.interact(() -> item.set(coverage.markAt(at.getX(), at.getY()).map(h -> h.mark().item())));
        return item.get();
    }

    private Point2D centre(double lon) {
        AtomicReference<Point2D> p = new AtomicReference<>();
        robot.interact(() -> p.set(coverage.pointOf(49.0, lon)));
        return p.get();
    }

    private Color pixel(Point2D at) {
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(() -> colour.set(map.snapshot(null, null).getPixelReader().getColor((int) at.getX(), (int) at.getY())));
        return colour.get();
    }

    private Color cssFill(String... classes) {
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(() -> {
            Circle sample = new Circle(5);
            sample.getStyleClass().addAll(classes);
            sample.setVisible(false);
            ((StackPane) map.getParent()).getChildren().add(sample);
            sample.applyCss();
            colour.set((Color) sample.getFill());
            ((StackPane) map.getParent()).getChildren().remove(sample);
        });
        return colour.get();
    }

    @Test
    void eachMarkerIsDrawnInItsKindsColourAndFoundWhereItIsDrawn() {
        OrganisationMarker funder = marker(1, "FUNDER", -0.9, 0, 1);
        OrganisationMarker network = marker(2, "SUPPORT_NETWORK", 0.1, 0, 1);
        robot.interact(() -> markers.show(List.of(funder, network)));
        render();

        Point2D at = centre(-0.9);
        assertThat(itemAt(at)).contains(funder);
        assertThat(itemAt(at.add(MarkerLayer.RADIUS - 1, 0))).contains(funder);
        assertThat(itemAt(at.add(MarkerLayer.RADIUS + 4, 0))).isEmpty();
        assertThat(itemAt(centre(0.1))).contains(network);
        assertThat(distance(pixel(at), cssFill("org-marker", "kind-funder"))).isLessThan(0.02);
        assertThat(distance(pixel(centre(0.1)), cssFill("org-marker", "kind-support-network"))).isLessThan(0.02);
    }

    @Test
    void organisationsSharingACommuneAreSetAroundItAndTheOneOnTopIsFound() {
        List<OrganisationMarker> shared = List.of(marker(1, "FUNDER", -0.4, 0, 2), marker(2, "OTHER", -0.4, 1, 2));
        robot.interact(() -> markers.show(shared));
        render();
        Point2D commune = centre(-0.4);
        // slot 0 at angle 0 (to the right), slot 1 at angle π (to the left), 11 px apart from the commune
        assertThat(itemAt(commune.add(11, 0))).contains(shared.get(0));
        assertThat(itemAt(commune.add(-11, 0))).contains(shared.get(1));

        List<OrganisationMarker> overlapping = List.of(marker(1, "FUNDER", -0.4, 0, 1), marker(2, "OTHER", -0.4, 0, 1));
        robot.interact(() -> markers.show(overlapping));
        render();
        assertThat(itemAt(commune)).as("the one drawn last, on top").contains(overlapping.get(1));
    }

    @Test
    void onlyTheMarksOfShownLayersAreDrawnAndSmallPointsStayOnTopOfLargeOnes() {
        MapOverlayPoint large = point("A", -0.4, 16, false);
        MapOverlayPoint small = point("B", -0.4, 1, true);
        robot.interact(() -> holders.show(List.of(small, large)));
        robot.interact(() -> markers.show(List.of(marker(1, "FUNDER", 0.3, 0, 1))));
        render();
        assertThat(coverage.drawnMarks()).extracting(h -> h.mark().item())
                .containsExactly(large, small, markers.markers().get(0));
        assertThat(coverage.drawnMarks().get(0).mark().label()).isEqualTo("16");
        assertThat(itemAt(centre(-0.4))).contains(small);
        assertThat(itemAt(centre(-0.4).add(OverlayLayer.radius(16) - 2, 0))).contains(large);

        robot.interact(() -> markers.setVisible(false));
        render();
        assertThat(coverage.drawnMarks()).extracting(h -> h.mark().item()).containsExactly(large, small);
        assertThat(itemAt(centre(0.3))).isEmpty();

        robot.interact(() -> holders.show(List.of(large)));
        render();
        assertThat(coverage.drawnMarks()).extracting(h -> h.mark().item()).containsExactly(large);
        assertThat(itemAt(centre(-0.4))).contains(large);
    }

    @Test
    void thePointerOverAMarkCarriesItsTooltipAndAClickSelectsIt() {
        OrganisationMarker funder = marker(1, "FUNDER", -0.9, 0, 1);
        robot.interact(() -> markers.show(List.of(funder)));
        render();
        Point2D at = centre(-0.9);

        robot.interact(() -> coverage.markAt(at.getX(), at.getY())
                .ifPresent(h -> h.owner().point(h.mark(), h.x(), h.y(), h.reach())));
        assertThat(markers.pointed().item()).isEqualTo(funder);
        assertThat(markers.tooltip().getText()).isEqualTo("Structure 1\nFinanceur – Commune 1");
        robot.moveTo(map.localToScreen(at.add(1, 0))).clickOn(map.localToScreen(at));
        assertThat(selected).containsExactly(funder);
    }

    /** The index finds, at every point, the mark a plain search over every mark finds (the last drawn on top). */
    @Test
    void theIndexFindsWhatAPlainSearchFinds() {
        Random random = new Random(7);
        List<MarkIndex.Hit> hits = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            MapMark mark = new MapMark(i, 0, 0, 0, 0, 6, 0, "");
            hits.add(new MarkIndex.Hit(null, mark, random.nextDouble() * 900, random.nextDouble() * 700,
                    3 + random.nextDouble() * 30));
        }
        MarkIndex index = new MarkIndex(hits, 900, 700);
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble() * 900;
            double y = random.nextDouble() * 700;
            Optional<MarkIndex.Hit> plain = Optional.empty();
            for (MarkIndex.Hit h : hits) {
                if (h.contains(x, y)) {
                    plain = Optional.of(h);
                }
            }
            assertThat(index.at(x, y)).as("at %s, %s", x, y).isEqualTo(plain);
        }
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }
}
