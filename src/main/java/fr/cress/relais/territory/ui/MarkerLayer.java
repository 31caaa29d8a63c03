package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapLayer;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.OrganisationKind;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Organisations as markers at their commune, coloured by kind through CSS ({@code .org-marker.kind-...});
 * organisations sharing a commune are set around it. A tooltip names each one; a click shows its offer.
 */
final class MarkerLayer extends MapLayer {

    private static final double RADIUS = 6;
    private static final double SPREAD = 11;

    private final I18n i18n;
    private final Consumer<OrganisationMarker> onSelect;
    private final List<Circle> circles = new ArrayList<>();
    /** One tooltip for every marker, told which organisation it names when the pointer enters a marker. */
    private final Tooltip tip = new Tooltip();
    private List<OrganisationMarker> markers = List.of();

    MarkerLayer(I18n i18n, Consumer<OrganisationMarker> onSelect) {
        this.i18n = i18n;
        this.onSelect = onSelect;
        tip.setShowDelay(Duration.millis(200));
        getStyleClass().add("marker-layer");
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    static String kindClass(String kind) {
        return "kind-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void show(List<OrganisationMarker> markers) {
        if (markers.equals(this.markers)) {
            return;
        }
        this.markers = markers;
        circles.clear();
        for (OrganisationMarker marker : markers) {
            Circle circle = new Circle(RADIUS);
            circle.getStyleClass().addAll("org-marker", kindClass(marker.organisation().kind()));
            Tooltip.install(circle, tip);
            circle.setOnMouseEntered(e -> tip.setText(marker.organisation().name() + "\n" + kindLabel(marker)
                    + " – " + marker.communeName()));
            circle.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    onSelect.accept(marker);
                    e.consume();
                }
            });
            circle.setUserData(marker);
            circles.add(circle);
        }
        getChildren().setAll(circles);
        markDirty();
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

    int markerCount() {
        return circles.size();
    }
}
