package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import fr.cress.relais.common.concurrent.Cancellable;
import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.territory.TerritoryCoverage;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coverage of a service on the map: territories with a known contour filled with the colour of their
 * coverage class, the others as a circle at their centre, its area proportional to their population
 * ({@link CoverageDrawing}, over the extent chosen by {@link LayerExtent}).
 * <p>
 * Drawings are made on a thread of their own: the map keeps showing the last drawing, moved and scaled to the
 * current view (a transform), until the new one is ready; a drawing whose data or zoom are no longer current is
 * abandoned and never replaces a newer one. A drawing of the whole region serves every pan at its zoom; closer
 * in, a drawing of the view with a margin is drawn again once the map rests for a moment, or as soon as the view
 * leaves it.
 */
final class CoverageLayer extends MapLayer {

    private static final Logger LOG = LoggerFactory.getLogger(CoverageLayer.class);
    /** Radius in pixels per square root of inhabitant at zoom 8 (281,000 inhabitants: 34 px). */
    private static final double SYMBOL_SCALE = 0.065;

    private final ImageView image = new ImageView();
    private final LayerPlacement placement = new LayerPlacement();
    private final PauseTransition settle = new PauseTransition(Duration.millis(180));
    private final MapLegend legend;
    private final TaskRunner drawer;
    private final List<Runnable> whenDrawn = new ArrayList<>();
    private LayerData data = LayerData.EMPTY;
    private Runnable onViewChanged = () -> { };
    private int version;
    private long sequence;
    /** The drawing shown, null before the first one. */
    private CoverageDrawing.Result shown;
    /** The last drawing asked for, and whether it is still being drawn. */
    private CoverageDrawing.Request requested;
    private boolean drawing;
    private Cancellable running = () -> { };
    /** The layers whose circles are drawn with the coverage, in drawing order. */
    private List<MarkedLayer> marked = List.of();

    CoverageLayer(MapLegend legend) {
        this(legend, new FxTaskRunner("relais-map-drawing", 1, e -> LOG.warn("Map drawing failed", e)));
    }

    /** @param drawer where drawings are made: a thread of their own in the window, the caller's in tests */
    CoverageLayer(MapLegend legend, TaskRunner drawer) {
        this.legend = legend;
        this.drawer = drawer;
        image.setId("coverage-image");
        image.getStyleClass().add("coverage-image");
        image.getTransforms().add(placement.transform());
        getChildren().add(image);
        settle.setOnFinished(e -> redraw());
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
        baseMap.centerLat().addListener(o -> markDirty());
        baseMap.centerLon().addListener(o -> markDirty());
    }

    void show(List<TerritoryCoverage> coverage, ShapeCache shapes, CoverageMeasure measure, ShapeCache backdrop) {
        data = LayerData.of(coverage, shapes, measure, backdrop, data.highlighted());
        changed();
    }

    /**
     * Draws the circles of these layers over the coverage, in this order (a later layer covers an earlier one),
     * those of a hidden layer left out; a change of their circles or of their visibility is drawn again.
     */
    void drawMarks(List<MarkedLayer> layers) {
        marked = List.copyOf(layers);
        for (MarkedLayer layer : marked) {
            layer.marks().addListener(o -> changed());
            layer.visibleProperty().addListener(o -> changed());
        }
        changed();
    }

    void highlight(String code) {
        data = data.highlighting(code);
        changed();
    }

    private void changed() {
        version++;
        markDirty();
    }

    void setOnViewChanged(Runnable onViewChanged) {
        this.onViewChanged = onViewChanged;
    }

    private boolean ready() {
        return getParent() instanceof Region && baseMap != null && getMapPoint(0, 0) != null;
    }

    /** Places the drawing shown for the current view; asks for a new one when it no longer fits. */
    @Override
    protected void layoutLayer() {
        if (!ready()) {
            return;
        }
        onViewChanged.run();
        if (shown == null || shown.request().version() != version || sizeChanged()) {
            place();
            redraw();
            return;
        }
        LayerExtent extent = shown.request().extent();
        place();
        Region map = (Region) getParent();
        if (!placement.serves(extent, map.getWidth(), map.getHeight())) {
            redraw();
        } else if (!placement.asDrawn(extent)) {
            settle.playFromStart();
        }
    }

    private boolean sizeChanged() {
        LayerExtent extent = shown.request().extent();
        Region map = (Region) getParent();
        return !extent.wholeRegion() && (extent.width() != LayerExtent.viewWidth(map.getWidth())
                || extent.height() != LayerExtent.viewWidth(map.getHeight()));
    }

    /** Moves and scales the drawing shown to the current view. */
    private void place() {
        if (shown != null) {
            placement.place(shown.request().extent(), baseMap.getZoom(), offX(), offY());
        }
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
     * Asks for a drawing of the current data and view, unless the drawing shown already holds the whole region at
     * this zoom with these data (it is then only placed again) or the drawing under way is of these data at this
     * zoom (the layout looks again when it arrives). A drawing under way for other data or another zoom is
     * abandoned.
     */
    void redraw() {
        if (!ready()) {
            return;
        }
        settle.stop();
        double zoom = baseMap.getZoom();
        if (shown != null && shown.request().version() == version && shown.request().extent().wholeRegion()
                && shown.request().extent().zoom() == zoom) {
            place();
            return;
        }
        if (drawing && requested.version() == version && requested.extent().zoom() == zoom) {
            return;
        }
        running.cancel();
        requested = request(zoom);
        drawing = true;
        CoverageDrawing.Request asked = requested;
        running = drawer.job("map", progress -> CoverageDrawing.draw(asked, progress))
                .onSuccess(this::arrived)
                .onCancelled(() -> ended(asked))
                .onFailure(e -> {
                    LOG.warn("Map drawing failed", e);
                    ended(asked);
                })
                .start();
    }

    private CoverageDrawing.Request request(double zoom) {
        double offX = offX();
        double offY = offY();
        List<LayerSymbol> placed = symbols(zoom, offX, offY);
        Region map = (Region) getParent();
        List<MarkGroup> marks = marks();
        double worldScale = Math.pow(2, zoom);
        LayerExtent extent = LayerExtent.choose(zoom, offX, offY, map.getWidth(), map.getHeight(),
                List.of(data.shapes(), data.backdrop()), placed, marks.stream().map(g -> g.box(worldScale)).toList());
        double pixelScale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getRenderScaleX());
        return new CoverageDrawing.Request(++sequence, version, extent, pixelScale, data, placed,
                LayerPalette.of(legend), marks);
    }

    /** The circles of the visible layers over the coverage, with their looks as CSS styles them now. */
    private List<MarkGroup> marks() {
        List<MarkGroup> groups = new ArrayList<>();
        for (MarkedLayer layer : marked) {
            if (layer.isVisible() && !layer.marks().get().isEmpty()) {
                groups.add(new MarkGroup(layer, layer.marks().get(), layer.styles()));
            }
        }
        return groups;
    }

    /** Shows a finished drawing, unless a newer one was asked for since. */
    private void arrived(CoverageDrawing.Result result) {
        ended(result.request());
        if (result.request() != requested) {
            return;
        }
        shown = result;
        LayerExtent extent = result.request().extent();
        image.setImage(result.image());
        image.setFitWidth(extent.width());
        image.setFitHeight(extent.height());
        if (ready()) {
            place();
        }
        markDirty();
        marked.forEach(MarkedLayer::leave);
        if (result.request().version() == version) {
            List<Runnable> waiting = List.copyOf(whenDrawn);
            whenDrawn.clear();
            waiting.forEach(Runnable::run);
        }
    }

    private void ended(CoverageDrawing.Request request) {
        if (request == requested) {
            drawing = false;
        }
    }

    /** The circles of the territories without contours, in world pixels at this zoom. */
    private List<LayerSymbol> symbols(double zoom, double offX, double offY) {
        List<LayerSymbol> placed = new ArrayList<>();
        double factor = SYMBOL_SCALE * Math.pow(2, zoom - 8);
        for (TerritoryCoverage c : data.coverage()) {
            if (!data.shapes().has(c.territory().code())) {
                Point2D p = getMapPoint(c.territory().lat(), c.territory().lon());
                double radius = Math.max(2.5, Math.min(60, Math.sqrt(c.territory().population()) * factor));
                placed.add(new LayerSymbol(c, p.getX() - offX, p.getY() - offY, radius));
            }
        }
        return placed;
    }

    /**
     * Runs {@code action} once the drawing of the current data is shown: at once if it already is, else when it
     * arrives.
     */
    void whenDrawn(Runnable action) {
        if (shown != null && shown.request().version() == version) {
            action.run();
        } else {
            whenDrawn.add(action);
        }
    }

    /** The territory under a point of the map (in the map's coordinates): a circle first, then a polygon. */
    Optional<TerritoryCoverage> territoryAt(double x, double y, double lat, double lon) {
        if (shown != null) {
            Point2D at = placement.toDrawing(x, y);
            List<LayerSymbol> symbols = shown.symbols();
            for (int i = symbols.size() - 1; i >= 0; i--) {
                if (symbols.get(i).contains(at.getX(), at.getY())) {
                    return coverageOf(symbols.get(i).coverage().territory().code());
                }
            }
        }
        return data.shapes().codeAt(lat, lon).map(data.byCode()::get);
    }

    /**
     * The mark drawn on top at a point of the map (the map's coordinates), with its centre and reach in the map's
     * coordinates, as the drawing shown places it.
     */
    Optional<MarkIndex.Hit> markAt(double x, double y) {
        if (shown == null) {
            return Optional.empty();
        }
        Point2D at = placement.toDrawing(x, y);
        return shown.marks().at(at.getX(), at.getY()).map(this::onMap);
    }

    private MarkIndex.Hit onMap(MarkIndex.Hit hit) {
        Point2D centre = placement.toMap(hit.x(), hit.y());
        return new MarkIndex.Hit(hit.owner(), hit.mark(), centre.getX(), centre.getY(),
                hit.reach() * placement.transform().getMxx());
    }

    /** The marks in the drawing shown, in the map's coordinates, in drawing order. */
    List<MarkIndex.Hit> drawnMarks() {
        return shown == null ? List.of() : shown.marks().hits().stream().map(this::onMap).toList();
    }

    Optional<TerritoryCoverage> coverageOf(String code) {
        return Optional.ofNullable(data.byCode().get(code));
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

    /** Territories filled in the drawing shown. */
    int drawnPolygons() {
        return shown == null ? 0 : shown.polygons();
    }

    /** Circles in the drawing shown. */
    int drawnSymbols() {
        return shown == null ? 0 : shown.symbols().size();
    }

    /** True while a drawing is under way. */
    boolean isDrawing() {
        return drawing;
    }

    /** Time the drawing shown took on its thread, in milliseconds. */
    double lastFrameMillis() {
        return shown == null ? 0 : shown.nanos() / 1e6;
    }
}
