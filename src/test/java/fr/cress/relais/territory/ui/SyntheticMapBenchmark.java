package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapView;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.Shape;
import fr.cress.relais.territory.Territory;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryFeature;
import fr.cress.relais.territory.TerritoryLevel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Draws the coverage layer of the map over synthetic commune polygons (a seeded Voronoi tiling of the region's
 * bounding box, densified to about as many points as real contours), with the coverage of the store's communes
 * spread over them. Measures, at the zoom that shows the whole region, a frame with a full redraw of the layer
 * (as after a change of data or zoom: every polygon drawn again, not the drawing only placed again; the JavaFX
 * frame while the new drawing is made on its thread), the time from that change until the new drawing is on
 * screen (the drawing, then the frame that shows it, also given alone), a frame while panning (the drawn layer
 * moved), and the same frame without the layer (the baseline).
 */
public final class SyntheticMapBenchmark {

    /**
     * @param redraw the JavaFX frame right after the change (the drawing under way on its thread)
     * @param onScreen from the change to the end of the first frame showing the new drawing
     * @param shownFrame that first frame alone
     * @param drawing the drawing on its thread
     */
    public record Result(int polygons, int points, List<Double> redraw, List<Double> onScreen, List<Double> shownFrame,
                         List<Double> drawing, List<Double> panning, List<Double> withoutLayer) {
    }

    /** One full redraw: {JavaFX frame, until on screen, frame showing it, drawing on its thread}, in ms. */
    static double[] fullRedraw(MapView map, CoverageLayer layer, Runnable change) throws Exception {
        long[] asked = new long[1];
        double frame = frame(map, () -> {
            asked[0] = System.nanoTime();
            change.run();
            layer.redraw();
            if (Boolean.getBoolean("bench.map.describe")) {
                System.out.printf("request %.2f ms%n", (System.nanoTime() - asked[0]) / 1e6);
            }
        });
        CompletableFuture<double[]> shown = new CompletableFuture<>();
        onFx(() -> {
            layer.whenDrawn(() -> {
                long t0 = System.nanoTime();
                map.layout();
                map.snapshot(null, new WritableImage(1280, 800));
                long end = System.nanoTime();
                shown.complete(new double[]{(end - asked[0]) / 1e6, (end - t0) / 1e6, layer.lastFrameMillis()});
            });
            return null;
        });
        double[] r = shown.get(60, TimeUnit.SECONDS);
        return new double[]{frame, r[0], r[1], r[2]};
    }

    private SyntheticMapBenchmark() {
    }

    public static Result measure(TerritoryFeature territory, int polygons, int frames) throws Exception {
        List<TerritoryCoverage> real = territory.coverage().coverage(TerritoryLevel.COMMUNE, Set.of(ServiceKind.EMERGENCE));
        List<Shape> shapes = polygons(polygons, 2009);
        List<TerritoryCoverage> coverage = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            TerritoryCoverage c = real.get(i % real.size());
            Territory t = c.territory();
            String code = shapes.get(i).code();
            coverage.add(new TerritoryCoverage(new Territory(TerritoryLevel.COMMUNE, code, t.name(), t.population(),
                    t.lat(), t.lon(), List.of(code)), c.coveredPopulation(), c.structures()));
        }
        ShapeCache cache = new ShapeCache(shapes);
        int points = shapes.stream().mapToInt(s -> s.geometry().getNumPoints()).sum();
        MapLegend legend = onFx(() -> new MapLegend(territory.core().i18n()));
        CoverageLayer layer = onFx(() -> new CoverageLayer(legend));
        MapView map = onFx(() -> {
            MapView view = new MapView();
            view.addLayer(layer);
            Scene scene = new Scene(new StackPane(view, legend.node()), 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(SyntheticMapBenchmark.class
                    .getResource("/fr/cress/relais/territory/map.css")).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            layer.show(coverage, cache, CoverageMeasure.STRUCTURES, ShapeCache.EMPTY);
            view.setZoom(8);
            view.setCenter(49.0, -0.4);
            return view;
        });
        List<Double> redraw = new ArrayList<>();
        List<Double> onScreen = new ArrayList<>();
        List<Double> shownFrame = new ArrayList<>();
        List<Double> drawing = new ArrayList<>();
        List<Double> panning = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i < frames + 5; i++) {
            double lon = -0.4 + 0.002 * (i % 10);
            onFx(() -> {
                map.setCenter(49.0, lon);
                return null;
            });
            double panned = frame(map, () -> { });
            // new data for the layer: everything is drawn again, not only placed
            double[] redrawn = fullRedraw(map, layer, () -> layer.highlight(null));
            onFx(() -> {
                layer.setVisible(false);
                return null;
            });
            double without = frame(map, () -> { });
            onFx(() -> {
                layer.setVisible(true);
                return null;
            });
            if (i >= 5) {
                panning.add(panned);
                redraw.add(redrawn[0]);
                onScreen.add(redrawn[1]);
                shownFrame.add(redrawn[2]);
                drawing.add(redrawn[3]);
                empty.add(without);
            }
        }
        int drawn = layer.drawnPolygons();
        onFx(() -> {
            String picture = System.getProperty("bench.mapPicture");
            if (picture != null) {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        map.snapshot(null, new WritableImage(1280, 800)), null), "png", new java.io.File(picture));
            }
            map.getScene().getWindow().hide();
            return null;
        });
        return new Result(drawn, points, redraw, onScreen, shownFrame, drawing, panning, empty);
    }

    /** {@code n} commune-like polygons tiling the region's bounding box, about 150 points each. */
    static List<Shape> polygons(int n, long seed) {
        GeometryFactory factory = new GeometryFactory();
        Envelope region = new Envelope(-1.95, 0.98, 48.18, 49.73);
        Random random = new Random(seed);
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Coordinate(region.getMinX() + random.nextDouble() * region.getWidth(),
                    region.getMinY() + random.nextDouble() * region.getHeight()));
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(region);
        Geometry cells = builder.getDiagram(factory);
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i).intersection(factory.toGeometry(region));
            Geometry dense = Densifier.densify(cell, cell.getLength() / 150);
            shapes.add(new Shape(TerritoryLevel.COMMUNE, String.format("S%04d", i), dense));
        }
        return shapes;
    }

    /** Lays out and renders the map once (a snapshot renders exactly what a frame shows). */
    static double frame(MapView map, Runnable before) throws Exception {
        return onFx(() -> {
            long t0 = System.nanoTime();
            before.run();
            map.layout();
            map.snapshot(null, new WritableImage(1280, 800));
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
