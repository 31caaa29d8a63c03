package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.MapOverlayPoint;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The points of one {@link fr.cress.relais.territory.MapOverlaySource} over the coverage: a circle per point,
 * its area proportional to the count (written inside), styled by CSS ({@code .overlay-point},
 * {@code .overlay-<key>}, {@code .overlay-gap}, {@code .overlay-count}); larger circles below smaller ones so each
 * stays clickable. A tooltip gives the point's text; a click calls {@code onSelect}. The circles are drawn by the
 * coverage layer into its image ({@link MarkedLayer}).
 */
final class OverlayLayer extends MarkedLayer {

    /** Radius in pixels of a point counting one; a point counting n gets {@code UNIT_RADIUS × √n}. */
    static final double UNIT_RADIUS = 6.5;
    private static final int PLAIN = 0;
    private static final int GAP = 1;

    private final Consumer<MapOverlayPoint> onSelect;
    private final Circle plain;
    private final Circle gap;
    private final Text count = new Text("1");
    private List<MapOverlayPoint> points = List.of();

    OverlayLayer(String key, Consumer<MapOverlayPoint> onSelect) {
        this.onSelect = onSelect;
        setId("overlay-" + key);
        getStyleClass().add("overlay-layer");
        tooltip().setWrapText(true);
        tooltip().setMaxWidth(420);
        plain = sample(key, false);
        gap = sample(key, true);
        count.getStyleClass().add("overlay-count");
        count.setVisible(false);
        count.setManaged(false);
        getChildren().addAll(plain, gap, count);
    }

    private static Circle sample(String key, boolean gap) {
        Circle circle = new Circle(UNIT_RADIUS);
        circle.getStyleClass().addAll("overlay-point", "overlay-" + key);
        if (gap) {
            circle.getStyleClass().add("overlay-gap");
        }
        circle.setVisible(false);
        circle.setManaged(false);
        return circle;
    }

    static double radius(int count) {
        return UNIT_RADIUS * Math.sqrt(Math.max(1, count));
    }

    void show(List<MapOverlayPoint> shown) {
        if (shown.equals(points)) {
            return;
        }
        points = shown;
        setMarks(shown.stream().sorted(Comparator.comparingInt(MapOverlayPoint::count).reversed())
                .map(p -> MapMark.at(p, p.lat(), p.lon(), 0, 0, radius(p.count()), p.gap() ? GAP : PLAIN,
                        p.count() > 1 ? Integer.toString(p.count()) : ""))
                .toList());
    }

    @Override
    List<MarkStyle> styles() {
        return List.of(MarkStyle.of(plain, count), MarkStyle.of(gap, count));
    }

    @Override
    String tooltipText(Object item) {
        return ((MapOverlayPoint) item).tooltip();
    }

    @Override
    void select(Object item) {
        onSelect.accept((MapOverlayPoint) item);
    }

    List<MapOverlayPoint> points() {
        return points;
    }
}
