package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapView;
import fr.cress.relais.common.concurrent.Cancellable;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.concurrent.Job;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.Shape;
import fr.cress.relais.territory.Territory;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage layer over two square communes, as the map shows it: the colour of each commune's coverage class
 * at its centre, after a change of data, and with drawings finishing in any order.
 */
class CoverageLayerTest {

    private static final double FILL_ALPHA = 0.6;

    private final FxRobot robot = new FxRobot();
    private MapLegend legend;
    private MapView map;
    private CoverageLayer layer;
    private final List<Shape> shapes = List.of(square("A", -0.9, -0.5), square("B", -0.3, 0.1));

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void open(TaskRunner drawer) throws Exception {
        FxToolkit.setupStage(stage -> {
            legend = new MapLegend(I18n.french());
            layer = new CoverageLayer(legend, drawer);
            map = new MapView();
            map.addLayer(layer);
            Scene scene = new Scene(new StackPane(map, legend.node()), 640, 480);
            scene.getStylesheets().add(Objects.requireNonNull(getClass()
                    .getResource("/fr/cress/relais/territory/map.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            map.setZoom(8);
            map.setCenter(49.0, -0.4);
        });
    }

    /** Shows A and B with these numbers of structures (their coverage classes with the « structures » measure). */
    private void show(int structuresOfA, int structuresOfB) {
        robot.interact(() -> layer.show(List.of(coverage("A", structuresOfA, -0.7), coverage("B", structuresOfB, -0.1)),
                new ShapeCache(shapes), CoverageMeasure.STRUCTURES, ShapeCache.EMPTY));
    }

    @Test
    void afterADataChangeEachCommuneShowsItsNewColour() throws Exception {
        open(new CurrentThreadTaskRunner());
        show(0, 4);
        assertShows("A", 0);
        assertShows("B", 4);

        show(4, 1);

        assertShows("A", 4);
        assertShows("B", 1);
        assertThat(layer.drawnPolygons()).isEqualTo(2);
        assertThat(layer.territoryAt(centre("A").getX(), centre("A").getY(), 49.0, -0.7))
                .map(c -> c.structures().size()).contains(4);
    }

    @Test
    void theLastDrawingStaysUntilTheNewOneArrivesAndAStaleOneNeverReplacesIt() throws Exception {
        HeldRunner drawer = new HeldRunner();
        open(drawer);
        show(0, 0);
        render();
        drawer.finish(drawer.last());
        assertShows("A", 0);

        show(4, 4);
        render();
        int stale = drawer.last();
        assertShows("A", 0); // the drawing under way does not blank the map
        show(2, 2);
        render();
        assertThat(drawer.cancelled(stale)).as("the drawing of data no longer current is abandoned").isTrue();
        assertThat(drawer.last()).isEqualTo(stale + 1);

        drawer.finish(stale + 1);
        assertShows("A", 2);
        drawer.finish(stale); // finished on its thread at the moment it was abandoned
        assertShows("A", 2);
        assertShows("B", 2);
    }

    private void assertShows(String code, int coverageClass) {
        Color expected = blend(legend.colour(coverageClass), under(code));
        Color shown = pixel(true, code);
        assertThat(distance(shown, expected)).as("%s shown as %s, expected %s", code, shown, expected).isLessThan(0.02);
    }

    /** The colour class {@code c} filled over {@code under} with the layer's opacity. */
    private static Color blend(Color c, Color under) {
        return Color.color(mix(c.getRed(), under.getRed()), mix(c.getGreen(), under.getGreen()),
                mix(c.getBlue(), under.getBlue()));
    }

    private static double mix(double fill, double under) {
        return FILL_ALPHA * fill + (1 - FILL_ALPHA) * under;
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    private Color under(String code) {
        return pixel(false, code);
    }

    /** The map's pixel at the centre of a commune, with or without the layer. */
    private Color pixel(boolean withLayer, String code) {
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(() -> {
            layer.setVisible(withLayer);
            Point2D p = centre(code);
            WritableImage image = map.snapshot(null, null);
            colour.set(image.getPixelReader().getColor((int) p.getX(), (int) p.getY()));
            layer.setVisible(true);
        });
        return colour.get();
    }

    private void render() {
        robot.interact(() -> map.snapshot(null, null));
    }

    private Point2D centre(String code) {
        return layer.pointOf(49.0, code.equals("A") ? -0.7 : -0.1);
    }

    private static Shape square(String code, double west, double east) {
        return new Shape(TerritoryLevel.COMMUNE, code,
                new GeometryFactory().toGeometry(new Envelope(west, east, 48.8, 49.2)));
    }

    private static TerritoryCoverage coverage(String code, int structures, double lon) {
        List<String> names = IntStream.range(0, structures).mapToObj(i -> "Structure " + i).toList();
        return new TerritoryCoverage(new Territory(TerritoryLevel.COMMUNE, code, "Commune " + code, 1000, 49.0, lon,
                List.of(code)), structures > 0 ? 1000 : 0, names);
    }

    /** Keeps each drawing until the test finishes it, in the order the test chooses (on the JavaFX thread). */
    private final class HeldRunner implements TaskRunner {

        private final List<Job<?>> jobs = new ArrayList<>();
        private final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public <T> Cancellable start(Job<T> job) {
            int index = jobs.size();
            jobs.add(job);
            cancelled.add(false);
            return () -> cancelled.set(index, true);
        }

        int last() {
            return jobs.size() - 1;
        }

        boolean cancelled(int index) {
            return cancelled.get(index);
        }

        void finish(int index) {
            robot.interact(() -> complete(jobs.get(index)));
        }

        private <T> void complete(Job<T> job) {
            try {
                job.succeeded(job.work().run(Progress.NONE));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
