package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.ContourService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the map draws whatever the choice of service and level: the organisations' markers and the departments
 * under the coverage. Each is read in the background once, kept in its property (the only copy), and read again
 * after a change of data or of contours — the markers first, so that they appear first.
 */
final class MapLayers {

    /** The parts read apart, in the order they are read. */
    enum Part { MARKERS, BACKDROP }

    private final UiContext ui;
    private final CoverageService coverage;
    private final ContourService contours;
    private final ReadOnlyObjectWrapper<List<OrganisationMarker>> markers = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShapeCache> backdrop = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** The parts not read yet, or read before a change: read at the next {@link #load()}. */
    private final Set<Part> stale = EnumSet.allOf(Part.class);

    MapLayers(UiContext ui, CoverageService coverage, ContourService contours) {
        this.ui = ui;
        this.coverage = coverage;
        this.contours = contours;
    }

    /** The organisations on the map; null until first read. */
    ReadOnlyObjectProperty<List<OrganisationMarker>> markers() {
        return markers.getReadOnlyProperty();
    }

    /** The departments drawn under the coverage; null until first read. */
    ReadOnlyObjectProperty<ShapeCache> backdrop() {
        return backdrop.getReadOnlyProperty();
    }

    /** True while a part is read. */
    ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** This part is out of date: it is read again at the next {@link #load()} (the current one stays shown). */
    void changed(Part part) {
        stale.add(part);
    }

    /** Reads, one after the other, the parts not known or out of date; nothing when all are current. */
    void load() {
        if (!loading.get()) {
            next();
        }
    }

    private void next() {
        if (stale.isEmpty()) {
            loading.set(false);
            return;
        }
        Part part = stale.iterator().next();
        stale.remove(part);
        loading.set(true);
        String title = ui.i18n().t("territory.map.layers.loading");
        if (part == Part.MARKERS) {
            ui.tasks().job(title, p -> OrganisationMarker.placed(coverage.snapshotCommunes(), coverage.organisations()))
                    .onSuccess(read -> {
                        markers.set(read);
                        next();
                    }).onFailure(this::failed).start();
        } else {
            ui.tasks().job(title, p -> new ShapeCache(contours.backdrop()))
                    .onSuccess(read -> {
                        backdrop.set(read);
                        next();
                    }).onFailure(this::failed).start();
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        ui.dialogs().showError(error);
    }
}
