package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import fr.cress.relais.territory.TerritoryCoverage;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage of a service on the map, drawn on one Canvas: territories with a known contour are filled with
 * the colour of their coverage class; the others get a circle at their centre, its area proportional to their
 * population. Outlines come from {@link ShapeCache} for the current zoom; a pan only changes the transform.
 */
final class CoverageLayer extends MapLayer {

    private static final double SYMBOL_ALPHA = 0.8;
    private static final double FILL_ALPHA = 0.6;
    /** Radius in pixels per square root of inhabitant at zoom 8 (281,000 inhabitants: 34 px). */
    private static final double SYMBOL_SCALE = 0.065;

    private final Canvas canvas = new Canvas();
    private final MapLegend legend;
    private List<TerritoryCoverage> coverage = List.of();
    private final Map<String, TerritoryCoverage> byCode = new HashMap<>();
    private ShapeCache shapes = ShapeCache.EMPTY;
    private CoverageMeasure measure = CoverageMeasure.STRUCTURES;
    private String highlighted;
    private int drawnPolygons;
    private int drawnSymbols;
    private long lastFrameNanos;
    private final List<Symbol> symbols = new ArrayList<>();
    private List<Object> drawnState = List.of();
    private Runnable onViewChanged = () -> { };

    private record Symbol(TerritoryCoverage coverage, double x, double y, double radius) {
    }

    CoverageLayer(MapLegend legend) {
        this.legend = legend;
        canvas.setId("coverage-canvas");
        canvas.getStyleClass().add("coverage-canvas");
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
        baseMap.centerLat().addListener(o -> markDirty());
        baseMap.centerLon().addListener(o -> markDirty());
    }

    void show(List<TerritoryCoverage> coverage, ShapeCache shapes, CoverageMeasure measure) {
        this.coverage = coverage;
        this.shapes = shapes;
        this.measure = measure;
        byCode.clear();
        coverage.forEach(c -> byCode.put(c.territory().code(), c));
        markDirty();
    }

    void highlight(String code) {
        highlighted = code;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        redraw();
    }

    /** Draws one frame: polygons where contours are known, proportional symbols elsewhere. */
    void redraw() {
        long start = System.nanoTime();
        if (!(getParent() instanceof Region map) || baseMap == null || getMapPoint(0, 0) == null) {
            return;
        }
        Point2D origin = getMapPoint(0, 0);
        List<Object> state = List.of(map.getWidth(), map.getHeight(), baseMap.getZoom(), origin.getX(), origin.getY(),
                coverage, shapes, measure, String.valueOf(highlighted));
        if (state.equals(drawnState)) {
            return;
        }
        drawnState = state;
        onViewChanged.run();
        canvas.setWidth(map.getWidth());
        canvas.setHeight(map.getHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawPolygons(gc);
        drawSymbols(gc);
        lastFrameNanos = System.nanoTime() - start;
    }

    private void drawPolygons(GraphicsContext gc) {
        drawnPolygons = 0;
        double zoom = baseMap.getZoom();
        int level = ShapeCache.clamp((int) Math.floor(zoom));
        double scale = Math.pow(2, zoom - level);
        Point2D origin = getMapPoint(0, 0);
        double world = 256 * Math.pow(2, zoom);
        double offX = origin.getX() - world / 2;
        double offY = origin.getY() - world / 2;
        double minX = -offX / scale;
        double minY = -offY / scale;
        double maxX = (canvas.getWidth() - offX) / scale;
        double maxY = (canvas.getHeight() - offY) / scale;
        gc.setTransform(scale, 0, 0, scale, offX, offY);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineWidth(1 / scale);
        Color outline = legend.outlineColour();
        Color[] fills = fills(FILL_ALPHA);
        ShapeCache.Outline selected = null;
        for (ShapeCache.Outline shape : shapes.at(level)) {
            TerritoryCoverage c = byCode.get(shape.code());
            if (c == null || shape.maxX() < minX || shape.minX() > maxX || shape.maxY() < minY || shape.minY() > maxY) {
                continue;
            }
            path(gc, shape);
            gc.setFill(fills[measure.classOf(c)]);
            gc.fill();
            gc.setStroke(outline);
            gc.stroke();
            drawnPolygons++;
            if (shape.code().equals(highlighted)) {
                selected = shape;
            }
        }
        if (selected != null) {
            path(gc, selected);
            gc.setStroke(legend.selectionColour());
            gc.setLineWidth(3 / scale);
            gc.stroke();
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    private Color[] fills(double alpha) {
        Color[] fills = new Color[MapLegend.CLASSES];
        for (int i = 0; i < fills.length; i++) {
            fills[i] = legend.colour(i).deriveColor(0, 1, 1, alpha);
        }
        return fills;
    }

    private static void path(GraphicsContext gc, ShapeCache.Outline shape) {
        gc.beginPath();
        for (int r = 0; r < shape.xs().length; r++) {
            double[] xs = shape.xs()[r];
            double[] ys = shape.ys()[r];
            gc.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                gc.lineTo(xs[i], ys[i]);
            }
            gc.closePath();
        }
    }

    private void drawSymbols(GraphicsContext gc) {
        symbols.clear();
        double factor = SYMBOL_SCALE * Math.pow(2, baseMap.getZoom() - 8);
        for (TerritoryCoverage c : coverage) {
            if (shapes.has(c.territory().code())) {
                continue;
            }
            Point2D p = getMapPoint(c.territory().lat(), c.territory().lon());
            double radius = Math.max(2.5, Math.min(60, Math.sqrt(c.territory().population()) * factor));
            if (p.getX() + radius >= 0 && p.getX() - radius <= canvas.getWidth()
                    && p.getY() + radius >= 0 && p.getY() - radius <= canvas.getHeight()) {
                symbols.add(new Symbol(c, p.getX(), p.getY(), radius));
            }
        }
        symbols.sort(Comparator.comparingDouble(Symbol::radius).reversed());
        Color[] fills = fills(SYMBOL_ALPHA);
        for (Symbol s : symbols) {
            gc.setFill(fills[measure.classOf(s.coverage())]);
            gc.fillOval(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(), 2 * s.radius());
            boolean selected = s.coverage().territory().code().equals(highlighted);
            gc.setStroke(selected ? legend.selectionColour() : legend.outlineColour());
            gc.setLineWidth(selected ? 3 : 1);
            gc.strokeOval(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(), 2 * s.radius());
        }
        drawnSymbols = symbols.size();
    }

    /** The territory under a point of the map (in the map's coordinates): a symbol first, then a polygon. */
    Optional<TerritoryCoverage> territoryAt(double x, double y, double lat, double lon) {
        for (int i = symbols.size() - 1; i >= 0; i--) {
            Symbol s = symbols.get(i);
            if (Math.hypot(x - s.x(), y - s.y()) <= s.radius()) {
                return Optional.of(s.coverage());
            }
        }
        return shapes.codeAt(lat, lon).map(byCode::get);
    }

    void setOnViewChanged(Runnable onViewChanged) {
        this.onViewChanged = onViewChanged;
    }

    /** The map's current centre and zoom: {latitude, longitude, zoom}. */
    double[] view() {
        return baseMap == null ? null
                : new double[]{baseMap.centerLat().get(), baseMap.centerLon().get(), baseMap.getZoom()};
    }

    Optional<TerritoryCoverage> coverageOf(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Where a WGS84 position is on the map (the map's coordinates). */
    Point2D pointOf(double lat, double lon) {
        return getMapPoint(lat, lon);
    }

    int drawnPolygons() {
        return drawnPolygons;
    }

    int drawnSymbols() {
        return drawnSymbols;
    }

    /** Time taken by the last frame, in milliseconds. */
    double lastFrameMillis() {
        return lastFrameNanos / 1e6;
    }

    Canvas canvas() {
        return canvas;
    }
}
