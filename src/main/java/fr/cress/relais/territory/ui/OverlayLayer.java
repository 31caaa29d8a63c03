package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import fr.cress.relais.territory.MapOverlayPoint;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The points of one {@link fr.cress.relais.territory.MapOverlaySource} over the coverage: a circle per point,
 * its area proportional to the count (written inside), styled by CSS ({@code .overlay-point},
 * {@code .overlay-<key>}, {@code .overlay-gap}); larger circles below smaller ones so each stays clickable.
 * A tooltip gives the point's text; a click calls {@code onSelect}. The tooltip and the mouse handlers are the
 * layer's, shared by every point (a tooltip per point cost a popup control each, for hundreds of communes).
 */
final class OverlayLayer extends MapLayer {

    /** Radius in pixels of a point counting one; a point counting n gets {@code UNIT_RADIUS × √n}. */
    static final double UNIT_RADIUS = 6.5;

    private record Mark(MapOverlayPoint point, Group node, Text count) {
    }

    private final String key;
    private final Consumer<MapOverlayPoint> onSelect;
    private final List<Mark> marks = new ArrayList<>();
    /** One tooltip for every point, told which point it speaks of when the pointer enters a circle. */
    private final Tooltip tip = new Tooltip();
    private List<MapOverlayPoint> points = List.of();

    OverlayLayer(String key, Consumer<MapOverlayPoint> onSelect) {
        this.key = key;
        this.onSelect = onSelect;
        setId("overlay-" + key);
        getStyleClass().add("overlay-layer");
        tip.setShowDelay(Duration.millis(200));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, e -> pointOf(e).ifPresent(p -> tip.setText(p.tooltip())));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> pointOf(e).ifPresent(p -> {
            if (e.isStillSincePress()) {
                onSelect.accept(p);
                e.consume();
            }
        }));
    }

    /** The point of the circle under the pointer (the count's text lets the mouse through). */
    private static Optional<MapOverlayPoint> pointOf(MouseEvent e) {
        return e.getTarget() instanceof Circle c && c.getParent() != null
                && c.getParent().getUserData() instanceof MapOverlayPoint p ? Optional.of(p) : Optional.empty();
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    static double radius(int count) {
        return UNIT_RADIUS * Math.sqrt(Math.max(1, count));
    }

    void show(List<MapOverlayPoint> shown) {
        if (shown.equals(points)) {
            return;
        }
        points = shown;
        marks.clear();
        shown.stream().sorted(Comparator.comparingInt(MapOverlayPoint::count).reversed()).forEach(p -> marks.add(mark(p)));
        getChildren().setAll(marks.stream().map(Mark::node).toList());
        markDirty();
    }

    private Mark mark(MapOverlayPoint point) {
        Circle circle = new Circle(radius(point.count()));
        circle.getStyleClass().addAll("overlay-point", "overlay-" + key);
        if (point.gap()) {
            circle.getStyleClass().add("overlay-gap");
        }
        Text count = new Text(point.count() > 1 ? Integer.toString(point.count()) : "");
        count.getStyleClass().add("overlay-count");
        count.setTextOrigin(VPos.CENTER);
        count.setMouseTransparent(true);
        Group node = new Group(circle, count);
        node.setUserData(point);
        node.getStyleClass().add("overlay-mark");
        return new Mark(point, node, count);
    }

    @Override
    protected void layoutLayer() {
        for (Mark mark : marks) {
            Point2D p = getMapPoint(mark.point().lat(), mark.point().lon());
            if (p == null) {
                continue;
            }
            mark.node().setTranslateX(p.getX());
            mark.node().setTranslateY(p.getY());
            mark.count().setX(-mark.count().getLayoutBounds().getWidth() / 2);
        }
    }

    /**
     * The point drawn at {@code (x, y)} in this layer's coordinates: the smallest circle containing it, as the
     * smallest is drawn on top.
     */
    Optional<MapOverlayPoint> pointAt(double x, double y) {
        MapOverlayPoint found = null;
        for (Mark mark : marks) {
            double dx = x - mark.node().getTranslateX();
            double dy = y - mark.node().getTranslateY();
            if (dx * dx + dy * dy <= Math.pow(radius(mark.point().count()), 2)) {
                found = mark.point();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Where a point is drawn, in this layer's coordinates (for tests). */
    Optional<Point2D> positionOf(String code) {
        return marks.stream().filter(m -> m.point().code().equals(code)).findFirst()
                .map(m -> new Point2D(m.node().getTranslateX(), m.node().getTranslateY()));
    }

    List<MapOverlayPoint> points() {
        return points;
    }
}
