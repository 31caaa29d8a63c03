package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import fr.cress.relais.territory.TerritoryCoverage;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage of a service on the map, drawn on one Canvas: territories with a known contour are filled with
 * the colour of their coverage class; the others get a circle at their centre, its area proportional to their
 * population. Outlines come from {@link ShapeCache} for the current zoom.
 * <p>
 * At the zooms where the whole region fits in a canvas of moderate size, the canvas holds the whole region and is
 * drawn once per zoom and data: panning only moves it, and a redraw at rest finds nothing to draw again. Closer in,
 * the canvas is drawn with a margin around the visible map. While the user pans or zooms, the drawing is only
 * moved and scaled (a transform: nothing is redrawn); it is drawn again once the map rests for a moment, or at
 * once when the view leaves the drawn area or the data change.
 */
final class CoverageLayer extends MapLayer {

    private static final double MARGIN = 256;
    private static final double SYMBOL_ALPHA = 0.8;
    private static final double FILL_ALPHA = 0.6;
    /** Radius in pixels per square root of inhabitant at zoom 8 (281,000 inhabitants: 34 px). */
    private static final double SYMBOL_SCALE = 0.065;
    /** The largest canvas drawn for the whole region, in pixels (the region at zoom 9: 1.7 million). */
    private static final double MAX_REGION_PIXELS = 2.5e6;
    /** Room around the region for strokes: the selection outline and the departments' border. */
    private static final double REGION_PADDING = 4;

    private record Symbol(TerritoryCoverage coverage, double x, double y, double radius) {
    }

    private final Canvas canvas = new Canvas();
    private final Affine placement = new Affine();
    private final PauseTransition settle = new PauseTransition(Duration.millis(180));
    private final MapLegend legend;
    private final Map<String, TerritoryCoverage> byCode = new HashMap<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private List<TerritoryCoverage> coverage = List.of();
    private ShapeCache shapes = ShapeCache.EMPTY;
    private ShapeCache backdrop = ShapeCache.EMPTY;
    private CoverageMeasure measure = CoverageMeasure.STRUCTURES;
    private String highlighted;
    private Runnable onViewChanged = () -> { };
    private int version;
    private int drawnVersion = -1;
    private double drawnZoom;
    private double drawnOffX;
    private double drawnOffY;
    /** The world pixel (at the drawn zoom) of the canvas's top left corner. */
    private double originX;
    private double originY;
    /** True when the canvas holds the whole region, false when it holds the view and its margin. */
    private boolean wholeRegion;
    private int drawnPolygons;
    private int drawnSymbols;
    private long lastFrameNanos;

    CoverageLayer(MapLegend legend) {
        this.legend = legend;
        canvas.setId("coverage-canvas");
        canvas.getStyleClass().add("coverage-canvas");
        canvas.getTransforms().add(placement);
        getChildren().add(canvas);
        settle.setOnFinished(e -> redraw());
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
        baseMap.centerLat().addListener(o -> markDirty());
        baseMap.centerLon().addListener(o -> markDirty());
    }

    void show(List<TerritoryCoverage> coverage, ShapeCache shapes, CoverageMeasure measure, ShapeCache backdrop) {
        this.backdrop = backdrop;
        this.coverage = coverage;
        this.shapes = shapes;
        this.measure = measure;
        byCode.clear();
        coverage.forEach(c -> byCode.put(c.territory().code(), c));
        changed();
    }

    void highlight(String code) {
        highlighted = code;
        changed();
    }

    private void changed() {
        version++;
        markDirty();
    }

    void setOnViewChanged(Runnable onViewChanged) {
        this.onViewChanged = onViewChanged;
    }

    /** Places the last drawing for the current view; draws again when it no longer fits. */
    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region map) || baseMap == null || getMapPoint(0, 0) == null) {
            return;
        }
        onViewChanged.run();
        boolean sizeChanged = !wholeRegion && (canvas.getWidth() != map.getWidth() + 2 * MARGIN
                || canvas.getHeight() != map.getHeight() + 2 * MARGIN);
        if (version != drawnVersion || sizeChanged) {
            redraw();
            return;
        }
        double scale = place();
        double tx = placement.getTx();
        double ty = placement.getTy();
        boolean covers = wholeRegion || tx <= 0 && ty <= 0 && tx + scale * canvas.getWidth() >= map.getWidth()
                && ty + scale * canvas.getHeight() >= map.getHeight();
        if (!covers || scale < 0.5 || scale > 2) {
            redraw();
        } else if (scale != 1 || !wholeRegion && (tx != -MARGIN || ty != -MARGIN)) {
            settle.playFromStart();
        }
    }

    /** Moves and scales the last drawing to the current view; returns the scale from the drawn zoom. */
    private double place() {
        double scale = Math.pow(2, baseMap.getZoom() - drawnZoom);
        double tx = offX() + scale * originX;
        double ty = offY() + scale * originY;
        if (scale == 1 && wholeRegion) {
            tx = Math.round(tx);
            ty = Math.round(ty);
        }
        placement.setToTransform(scale, 0, tx, 0, scale, ty);
        return scale;
    }

    /** The map's x of the world's left edge at the current zoom. */
    private double offX() {
        return getMapPoint(0, 0).getX() - world() / 2;
    }

    private double offY() {
        return getMapPoint(0, 0).getY() - world() / 2;
    }

    private double world() {
        return 256 * Math.pow(2, baseMap.getZoom());
    }

    /**
     * Draws the canvas for the current view: polygons where contours are known, circles elsewhere. When the
     * canvas already holds the whole region at this zoom with these data, it is only placed again.
     */
    void redraw() {
        if (!(getParent() instanceof Region map) || baseMap == null || getMapPoint(0, 0) == null) {
            return;
        }
        settle.stop();
        if (wholeRegion && drawnVersion == version && drawnZoom == baseMap.getZoom()) {
            place();
            return;
        }
        long start = System.nanoTime();
        drawnZoom = baseMap.getZoom();
        drawnOffX = offX();
        drawnOffY = offY();
        List<Symbol> placed = symbols();
        chooseExtent(map, placed);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawPolygons(gc);
        drawSymbols(gc, placed);
        drawnVersion = version;
        place();
        lastFrameNanos = System.nanoTime() - start;
    }

    /**
     * Sizes the canvas: the whole region (its shapes, the departments and the circles) when it is small enough
     * at this zoom, else the view with a margin.
     */
    private void chooseExtent(Region map, List<Symbol> placed) {
        double[] box = regionBox(placed);
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        wholeRegion = width > 0 && height > 0 && width * height <= MAX_REGION_PIXELS;
        if (wholeRegion) {
            originX = Math.floor(box[0] + drawnOffX) - drawnOffX;
            originY = Math.floor(box[1] + drawnOffY) - drawnOffY;
            canvas.setWidth(Math.ceil(box[2] - originX));
            canvas.setHeight(Math.ceil(box[3] - originY));
        } else {
            originX = -drawnOffX - MARGIN;
            originY = -drawnOffY - MARGIN;
            canvas.setWidth(map.getWidth() + 2 * MARGIN);
            canvas.setHeight(map.getHeight() + 2 * MARGIN);
        }
    }

    /** What the layer draws at the drawn zoom, in world pixels: {minX, minY, maxX, maxY}, with room for strokes. */
    private double[] regionBox(List<Symbol> placed) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int level = ShapeCache.clamp((int) Math.floor(drawnZoom));
        double scale = Math.pow(2, drawnZoom - level);
        for (ShapeCache cache : List.of(shapes, backdrop)) {
            for (ShapeCache.Outline o : cache.at(level)) {
                extend(box, o.minX() * scale, o.minY() * scale, o.maxX() * scale, o.maxY() * scale);
            }
        }
        for (Symbol s : placed) {
            extend(box, s.x() - s.radius(), s.y() - s.radius(), s.x() + s.radius(), s.y() + s.radius());
        }
        box[0] -= REGION_PADDING;
        box[1] -= REGION_PADDING;
        box[2] += REGION_PADDING;
        box[3] += REGION_PADDING;
        return box;
    }

    private static void extend(double[] box, double minX, double minY, double maxX, double maxY) {
        box[0] = Math.min(box[0], minX);
        box[1] = Math.min(box[1], minY);
        box[2] = Math.max(box[2], maxX);
        box[3] = Math.max(box[3], maxY);
    }

    private void drawPolygons(GraphicsContext gc) {
        drawnPolygons = 0;
        int level = ShapeCache.clamp((int) Math.floor(drawnZoom));
        double scale = Math.pow(2, drawnZoom - level);
        double offX = -originX;
        double offY = -originY;
        double minX = -offX / scale;
        double minY = -offY / scale;
        double maxX = (canvas.getWidth() - offX) / scale;
        double maxY = (canvas.getHeight() - offY) / scale;
        gc.setTransform(scale, 0, 0, scale, offX, offY);
        gc.setFillRule(FillRule.EVEN_ODD);
        drawBackdrop(gc, level, scale);
        gc.setLineWidth(1 / scale);
        gc.setStroke(legend.outlineColour());
        Color[] fills = fills(FILL_ALPHA);
        List<List<ShapeCache.Outline>> byClass = new ArrayList<>();
        for (int i = 0; i < MapLegend.CLASSES; i++) {
            byClass.add(new ArrayList<>());
        }
        ShapeCache.Outline selected = null;
        for (ShapeCache.Outline shape : shapes.at(level)) {
            TerritoryCoverage c = byCode.get(shape.code());
            if (c == null || shape.maxX() < minX || shape.minX() > maxX || shape.maxY() < minY || shape.minY() > maxY) {
                continue;
            }
            byClass.get(measure.classOf(c)).add(shape);
            drawnPolygons++;
            if (shape.code().equals(highlighted)) {
                selected = shape;
            }
        }
        // One path per class, then one path for every outline: far fewer calls than a path per territory.
        for (int i = 0; i < byClass.size(); i++) {
            gc.beginPath();
            byClass.get(i).forEach(shape -> path(gc, shape));
            gc.setFill(fills[i]);
            gc.fill();
        }
        gc.beginPath();
        byClass.forEach(list -> list.forEach(shape -> path(gc, shape)));
        gc.stroke();
        if (selected != null) {
            gc.beginPath();
            path(gc, selected);
            gc.setStroke(legend.selectionColour());
            gc.setLineWidth(3 / scale);
            gc.stroke();
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** The departments under everything: light land with a soft border, for orientation. */
    private void drawBackdrop(GraphicsContext gc, int level, double scale) {
        gc.beginPath();
        backdrop.at(level).forEach(shape -> path(gc, shape));
        gc.setFill(legend.landColour());
        gc.fill();
        gc.setStroke(legend.borderColour());
        gc.setLineWidth(2 / scale);
        gc.stroke();
    }

    /** Appends the rings of a shape to the current path. */
    private static void path(GraphicsContext gc, ShapeCache.Outline shape) {
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

    /** The circles of the territories without contours, in world pixels at the drawn zoom. */
    private List<Symbol> symbols() {
        List<Symbol> placed = new ArrayList<>();
        double factor = SYMBOL_SCALE * Math.pow(2, drawnZoom - 8);
        for (TerritoryCoverage c : coverage) {
            if (!shapes.has(c.territory().code())) {
                Point2D p = getMapPoint(c.territory().lat(), c.territory().lon());
                double radius = Math.max(2.5, Math.min(60, Math.sqrt(c.territory().population()) * factor));
                placed.add(new Symbol(c, p.getX() - drawnOffX, p.getY() - drawnOffY, radius));
            }
        }
        return placed;
    }

    /** Draws the circles on the canvas (canvas pixels), largest first so that small ones stay visible. */
    private void drawSymbols(GraphicsContext gc, List<Symbol> placed) {
        symbols.clear();
        for (Symbol s : placed) {
            double x = s.x() - originX;
            double y = s.y() - originY;
            double radius = s.radius();
            if (x + radius >= 0 && x - radius <= canvas.getWidth() && y + radius >= 0 && y - radius <= canvas.getHeight()) {
                symbols.add(new Symbol(s.coverage(), x, y, radius));
            }
        }
        symbols.sort(Comparator.comparingDouble(Symbol::radius).reversed());
        Color[] fills = fills(SYMBOL_ALPHA);
        Color outline = legend.outlineColour();
        for (Symbol s : symbols) {
            gc.setFill(fills[measure.classOf(s.coverage())]);
            gc.fillOval(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(), 2 * s.radius());
            boolean selected = s.coverage().territory().code().equals(highlighted);
            gc.setStroke(selected ? legend.selectionColour() : outline);
            gc.setLineWidth(selected ? 3 : 1);
            gc.strokeOval(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(), 2 * s.radius());
        }
        drawnSymbols = symbols.size();
    }

    private Color[] fills(double alpha) {
        Color[] fills = new Color[MapLegend.CLASSES];
        for (int i = 0; i < fills.length; i++) {
            fills[i] = legend.colour(i).deriveColor(0, 1, 1, alpha);
        }
        return fills;
    }

    /** The territory under a point of the map (in the map's coordinates): a circle first, then a polygon. */
    Optional<TerritoryCoverage> territoryAt(double x, double y, double lat, double lon) {
        double scale = placement.getMxx();
        double cx = (x - placement.getTx()) / scale;
        double cy = (y - placement.getTy()) / scale;
        for (int i = symbols.size() - 1; i >= 0; i--) {
            Symbol s = symbols.get(i);
            if (Math.hypot(cx - s.x(), cy - s.y()) <= s.radius()) {
                return Optional.of(s.coverage());
            }
        }
        return shapes.codeAt(lat, lon).map(byCode::get);
    }

    Optional<TerritoryCoverage> coverageOf(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Where a WGS84 position is on the map (the map's coordinates). */
    Point2D pointOf(double lat, double lon) {
        return getMapPoint(lat, lon);
    }

    /** The map's current centre and zoom: {latitude, longitude, zoom}. */
    double[] view() {
        return baseMap == null ? null
                : new double[]{baseMap.centerLat().get(), baseMap.centerLon().get(), baseMap.getZoom()};
    }

    int drawnPolygons() {
        return drawnPolygons;
    }

    int drawnSymbols() {
        return drawnSymbols;
    }

    /** Time taken by the last full drawing, in milliseconds. */
    double lastFrameMillis() {
        return lastFrameNanos / 1e6;
    }
}
