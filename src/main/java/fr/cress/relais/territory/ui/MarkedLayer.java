package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.util.Arrays;
import java.util.List;

/**
 * A layer of circles over the coverage (the organisations, the points of an overlay) whose circles the coverage
 * layer draws into its image with the coverage: one image on screen instead of thousands of shapes. The layer
 * keeps what its circles stand for and how they look (sample nodes styled by CSS, never drawn), and answers the
 * pointer: over a circle (found in the drawing by place), one invisible circle of the same size is put there to
 * carry the layer's one tooltip, the hand cursor and the click. Hiding the layer leaves its circles out of the
 * drawing.
 */
abstract class MarkedLayer extends MapLayer {

    private final ReadOnlyObjectWrapper<List<MapMark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private final Circle probe = new Circle();
    /** One tooltip for every circle, told which one it speaks of when the pointer comes over a circle. */
    private final Tooltip tip = new Tooltip();
    private MapMark pointed;
    /** The map's view when the invisible circle was placed: {latitude, longitude, zoom}. */
    private double[] pointedView;

    MarkedLayer() {
        probe.getStyleClass().add("map-probe");
        probe.setVisible(false);
        probe.setManaged(false);
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(probe, tip);
        probe.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (pointed != null && e.isStillSincePress()) {
                select(pointed.item());
                e.consume();
            }
        });
        getChildren().add(probe);
    }

    /** The circles to draw, in drawing order. */
    ReadOnlyObjectProperty<List<MapMark>> marks() {
        return marks.getReadOnlyProperty();
    }

    void setMarks(List<MapMark> shown) {
        leave();
        marks.set(List.copyOf(shown));
    }

    Tooltip tooltip() {
        return tip;
    }

    /** How each style index of the marks looks now (read on the JavaFX thread). */
    abstract List<MarkStyle> styles();

    /** The text of the tooltip of a circle. */
    abstract String tooltipText(Object item);

    /** What a click on a circle does. */
    abstract void select(Object item);

    /**
     * The pointer is over this mark, drawn at {@code (x, y)} of the map with this reach (stroke included): the
     * invisible circle goes there and the tooltip speaks of it.
     */
    void point(MapMark mark, double x, double y, double reach) {
        if (mark != pointed) {
            pointed = mark;
            tip.setText(tooltipText(mark.item()));
        }
        probe.setCenterX(x);
        probe.setCenterY(y);
        probe.setRadius(reach);
        probe.setVisible(true);
        pointedView = view();
    }

    /** The pointer left this layer's circles. */
    void leave() {
        pointed = null;
        probe.setVisible(false);
    }

    /** The mark under the pointer, if any (for tests). */
    MapMark pointed() {
        return pointed;
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    private double[] view() {
        return baseMap == null ? null
                : new double[]{baseMap.centerLat().get(), baseMap.centerLon().get(), baseMap.getZoom()};
    }

    /** When the map moved, the circle under the pointer is found again at the next move of the pointer. */
    @Override
    protected void layoutLayer() {
        if (pointed != null && !Arrays.equals(pointedView, view())) {
            leave();
        }
    }
}
