package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.OrganisationKind;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Organisations as markers at their commune, coloured by kind through CSS ({@code .org-marker.kind-...});
 * organisations sharing a commune are set around it. A tooltip names each one; a click shows its offer. The
 * markers are drawn by the coverage layer into its image ({@link MarkedLayer}).
 */
final class MarkerLayer extends MarkedLayer {

    static final double RADIUS = 6;
    private static final double SPREAD = 11;

    private final I18n i18n;
    private final Consumer<OrganisationMarker> onSelect;
    /** A sample of each kind's look, then one for a kind CSS does not know. */
    private final List<Circle> samples = new ArrayList<>();
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper();
    private List<OrganisationMarker> markers = List.of();

    MarkerLayer(I18n i18n, Consumer<OrganisationMarker> onSelect) {
        this.i18n = i18n;
        this.onSelect = onSelect;
        getStyleClass().add("marker-layer");
        for (OrganisationKind kind : OrganisationKind.values()) {
            samples.add(sample(kindClass(kind.name())));
        }
        samples.add(sample(null));
        getChildren().addAll(samples);
    }

    private static Circle sample(String kindClass) {
        Circle circle = new Circle(RADIUS);
        circle.getStyleClass().add("org-marker");
        if (kindClass != null) {
            circle.getStyleClass().add(kindClass);
        }
        circle.setVisible(false);
        circle.setManaged(false);
        return circle;
    }

    static String kindClass(String kind) {
        return "kind-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Shows these markers instead of the current ones (nothing happens when they are the same); {@link #building()}
     * stays true until {@link #drawn()} says a drawing with them is on screen.
     */
    void show(List<OrganisationMarker> shown) {
        if (shown.equals(this.markers)) {
            return;
        }
        this.markers = shown;
        List<MapMark> marks = new ArrayList<>(shown.size());
        for (OrganisationMarker marker : shown) {
            double dx = 0;
            double dy = 0;
            if (marker.slots() > 1) {
                double angle = 2 * Math.PI * marker.slot() / marker.slots();
                double spread = SPREAD * Math.max(1, marker.slots() / 6.0);
                dx = Math.cos(angle) * spread;
                dy = Math.sin(angle) * spread;
            }
            marks.add(MapMark.at(marker, marker.lat(), marker.lon(), dx, dy, RADIUS, styleOf(marker), ""));
        }
        building.set(true);
        setMarks(marks);
    }

    private static int styleOf(OrganisationMarker marker) {
        try {
            return OrganisationKind.valueOf(marker.organisation().kind()).ordinal();
        } catch (IllegalArgumentException e) {
            return OrganisationKind.values().length;
        }
    }

    /** A drawing with the current markers is on screen. */
    void drawn() {
        building.set(false);
    }

    @Override
    List<MarkStyle> styles() {
        return samples.stream().map(c -> MarkStyle.of(c, null)).toList();
    }

    @Override
    String tooltipText(Object item) {
        OrganisationMarker marker = (OrganisationMarker) item;
        return marker.organisation().name() + "\n" + kindLabel(marker) + " – " + marker.communeName();
    }

    @Override
    void select(Object item) {
        onSelect.accept((OrganisationMarker) item);
    }

    private String kindLabel(OrganisationMarker marker) {
        try {
            return i18n.label(OrganisationKind.valueOf(marker.organisation().kind()));
        } catch (IllegalArgumentException e) {
            return marker.organisation().kind();
        }
    }

    /** True from new markers until a drawing shows them. */
    ReadOnlyBooleanProperty building() {
        return building.getReadOnlyProperty();
    }

    /** The organisations on this layer, in drawing order. */
    List<OrganisationMarker> markers() {
        return markers;
    }
}
