package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapView;
import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.territory.ContourImportReport;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.Shape;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.testing.TestStores;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * Measures the map with real contours (not a unit test; run by hand):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Drelais.test=true \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      fr.cress.relais.territory.ui.MapDrawingBenchmark communes.geojson
 * </pre>
 * Prints the import time, the time to prepare the shapes (projection and simplification for every zoom), and
 * the times of the coverage layer (the drawing on its thread, the JavaFX frame while it is made, the time until it
 * is on screen, a frame while panning) at several zooms, for communes and EPCI.
 */
public final class MapDrawingBenchmark {

    private static final int FRAMES = 40;

    private MapDrawingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path contours = Path.of(args[0]);
        Path dir = Files.createTempDirectory("relais-bench");
        try (Relais relais = TestStores.demoRelais(dir)) {
            long t0 = System.nanoTime();
            ContourImportReport report = relais.territory().contours().importFile(contours, Progress.NONE);
            System.out.printf("import: %d contours (%d repaired, %d ignored) in %d ms%n", report.stored(),
                    report.repaired().size(), report.ignored(), ms(t0));
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
            for (TerritoryLevel level : List.of(TerritoryLevel.COMMUNE, TerritoryLevel.EPCI)) {
                measure(relais, level);
            }
            Platform.exit();
        }
    }

    private static void measure(Relais relais, TerritoryLevel level) throws Exception {
        long t0 = System.nanoTime();
        List<Shape> shapes = relais.territory().contours().shapes(level);
        long loaded = ms(t0);
        t0 = System.nanoTime();
        ShapeCache cache = new ShapeCache(shapes);
        long prepared = ms(t0);
        int points = shapes.stream().mapToInt(s -> s.geometry().getNumPoints()).sum();
        System.out.printf("%n%s: %d shapes, %d points; shapes read (and unions computed) in %d ms; "
                + "prepared for zooms %d-%d in %d ms%n", level, shapes.size(), points, loaded,
                ShapeCache.MIN_ZOOM, ShapeCache.MAX_ZOOM, prepared);
        for (int zoom = ShapeCache.MIN_ZOOM; zoom <= ShapeCache.MAX_ZOOM; zoom += 2) {
            int z = zoom;
            System.out.printf("  zoom %2d: %6d points kept%n", zoom,
                    cache.at(zoom).stream().mapToInt(o -> java.util.Arrays.stream(o.xs()).mapToInt(a -> a.length).sum()).sum());
        }
        List<TerritoryCoverage> coverage = relais.territory().coverage().coverage(level, Set.of(ServiceKind.EMERGENCE));
        ShapeCache backdrop = new ShapeCache(relais.territory().contours().backdrop());
        MapLegend legend = onFx(() -> new MapLegend(relais.core().i18n()));
        CoverageLayer layer = onFx(() -> new CoverageLayer(legend));
        MapView map = onFx(() -> {
            MapView view = new MapView();
            view.addLayer(layer);
            StackPane root = new StackPane(view, legend.node());
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(MapDrawingBenchmark.class
                    .getResource("/fr/cress/relais/territory/map.css")).toExternalForm());
            Application.applyTheme();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            layer.show(coverage, cache, CoverageMeasure.STRUCTURES, backdrop);
            return view;
        });
        for (double zoom : new double[]{8, 9.5, 11}) {
            frames(map, layer, zoom);
        }
        onFx(() -> {
            map.getScene().getWindow().hide();
            return null;
        });
    }

    private static void frames(MapView map, CoverageLayer layer, double zoom) throws Exception {
        List<Double> commands = new ArrayList<>();
        List<Double> redrawn = new ArrayList<>();
        List<Double> onScreen = new ArrayList<>();
        List<Double> panned = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            double lon = -0.6 + 0.002 * i * Math.pow(2, 8 - zoom);
            onFx(() -> {
                map.setZoom(zoom);
                map.setCenter(49.0, lon);
                return null;
            });
            panned.add(frame(map, () -> { }));
            double[] full = SyntheticMapBenchmark.fullRedraw(map, layer, () -> layer.highlight(null));
            redrawn.add(full[0]);
            onScreen.add(full[1]);
            commands.add(full[3]);
            onFx(() -> {
                layer.setVisible(false);
                return null;
            });
            empty.add(frame(map, () -> { }));
            onFx(() -> {
                layer.setVisible(true);
                return null;
            });
        }
        System.out.printf("  zoom %4.1f, %4d polygons: drawing on its thread %5.1f ms (p90 %5.1f); JavaFX frame with a "
                        + "full redraw %6.1f ms (p90 %6.1f); new drawing on screen after %6.1f ms (p90 %6.1f); frame "
                        + "while panning (transform only) %5.1f ms (p90 %5.1f); frame without the layer %5.1f ms%n",
                zoom, layer.drawnPolygons(), median(commands), p90(commands), median(redrawn), p90(redrawn),
                median(onScreen), p90(onScreen), median(panned), p90(panned), median(empty));
    }

    /** Lays out and renders the map once (a snapshot renders exactly what a frame shows). */
    private static double frame(MapView map, Runnable before) throws Exception {
        long t0 = System.nanoTime();
        onFx(() -> {
            before.run();
            map.layout();
            map.snapshot(null, new WritableImage(1280, 800));
            return null;
        });
        return (System.nanoTime() - t0) / 1e6;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values.subList(5, values.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p90(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values.subList(5, values.size()));
        Collections.sort(sorted);
        return sorted.get((int) (sorted.size() * 0.9));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The light theme, as in the application. */
    private static final class Application {
        static void applyTheme() {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        }
    }
}
