package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.OrganisationKind;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Organisations as markers at their commune, coloured by kind through CSS ({@code .org-marker.kind-...});
 * organisations sharing a commune are set around it. A tooltip names each one; a click shows its offer.
 * Thousands of markers are added a slice per frame, so that the map answers while they appear; the tooltip
 * and the mouse handlers are the layer's, shared by every marker.
 */
final class MarkerLayer extends MapLayer {

    private static final double RADIUS = 6;
    private static final double SPREAD = 11;
    /** Markers added per frame: about 20 ms of the JavaFX thread in software rendering. */
    static final int SLICE = 400;

    private final I18n i18n;
    private final Consumer<OrganisationMarker> onSelect;
    private final List<Circle> circles = new ArrayList<>();
    /** One tooltip for every marker, told which organisation it names when the pointer enters a marker. */
    private final Tooltip tip = new Tooltip();
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper();
    private final AnimationTimer slices = new AnimationTimer() {
        @Override
        public void handle(long now) {
            addSlice();
        }
    };
    private List<OrganisationMarker> markers = List.of();

    MarkerLayer(I18n i18n, Consumer<OrganisationMarker> onSelect) {
        this.i18n = i18n;
        this.onSelect = onSelect;
        tip.setShowDelay(Duration.millis(200));
        getStyleClass().add("marker-layer");
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, e -> markerOf(e).ifPresent(m -> tip.setText(text(m))));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> markerOf(e).ifPresent(m -> {
            if (e.isStillSincePress()) {
                onSelect.accept(m);
                e.consume();
            }
        }));
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    static String kindClass(String kind) {
        return "kind-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Shows these markers instead of the current ones (nothing happens when they are the same). */
    void show(List<OrganisationMarker> shown) {
        if (shown.equals(this.markers)) {
            return;
        }
        this.markers = shown;
        circles.clear();
        getChildren().clear();
        building.set(true);
        addSlice();
        slices.start();
    }

    /** Adds the next markers; stops when every one is shown. */
    private void addSlice() {
        int from = circles.size();
        int to = Math.min(markers.size(), from + SLICE);
        List<Circle> slice = new ArrayList<>(to - from);
        for (OrganisationMarker marker : markers.subList(from, to)) {
            Circle circle = new Circle(RADIUS);
            circle.getStyleClass().addAll("org-marker", kindClass(marker.organisation().kind()));
            circle.setUserData(marker);
            slice.add(circle);
        }
        circles.addAll(slice);
        getChildren().addAll(slice);
        markDirty();
        if (circles.size() == markers.size()) {
            slices.stop();
            building.set(false);
        }
    }

    private static java.util.Optional<OrganisationMarker> markerOf(MouseEvent e) {
        return e.getTarget() instanceof Node n && n.getUserData() instanceof OrganisationMarker m
                ? java.util.Optional.of(m) : java.util.Optional.empty();
    }

    private String text(OrganisationMarker marker) {
        return marker.organisation().name() + "\n" + kindLabel(marker) + " – " + marker.communeName();
    }

    private String kindLabel(OrganisationMarker marker) {
        try {
            return i18n.label(OrganisationKind.valueOf(marker.organisation().kind()));
        } catch (IllegalArgumentException e) {
            return marker.organisation().kind();
        }
    }

    @Override
    protected void layoutLayer() {
        for (int i = 0; i < circles.size(); i++) {
            OrganisationMarker marker = markers.get(i);
            Point2D p = getMapPoint(marker.lat(), marker.lon());
            if (p == null) {
                continue;
            }
            double dx = 0;
            double dy = 0;
            if (marker.slots() > 1) {
                double angle = 2 * Math.PI * marker.slot() / marker.slots();
                double spread = SPREAD * Math.max(1, marker.slots() / 6.0);
                dx = Math.cos(angle) * spread;
                dy = Math.sin(angle) * spread;
            }
            circles.get(i).setTranslateX(p.getX() + dx);
            circles.get(i).setTranslateY(p.getY() + dy);
        }
    }

    /** True while markers are still being added. */
    ReadOnlyBooleanProperty building() {
        return building.getReadOnlyProperty();
    }

    int markerCount() {
        return circles.size();
    }
}
