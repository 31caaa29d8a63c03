package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.territory.CommuneInfo;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.OfferSummary;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryFeature;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.territory.TerritoryOffer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * State of the map and of the gap list: the service (or family) chosen, the level, the measure, and what they
 * show, loaded in the background. Shapes of each level are prepared once (projection, simplification) and kept
 * until contours change.
 */
final class MapViewModel {

    static final String DEFAULT_SERVICE = ServiceKind.EMERGENCE.key();

    /** The details panel: a territory and the offers reaching it, or an organisation and its offer. */
    sealed interface Detail permits TerritoryDetail, OrganisationDetail {
    }

    record TerritoryDetail(TerritoryCoverage coverage, List<TerritoryOffer> offers) implements Detail {
    }

    record OrganisationDetail(OrganisationMarker marker, List<OfferSummary> offers) implements Detail {
    }

    final StringProperty serviceKey = new SimpleStringProperty(DEFAULT_SERVICE);
    final ObjectProperty<TerritoryLevel> level = new SimpleObjectProperty<>(TerritoryLevel.EPCI);
    final ObjectProperty<CoverageMeasure> measure = new SimpleObjectProperty<>(CoverageMeasure.STRUCTURES);
    /** True while the coverage of the choice is computed. */
    final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<MapData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();

    private final UiContext ui;
    private final CoverageService coverage;
    private final TerritoryFeature territory;
    private final MapLayers layers;
    private final Map<TerritoryLevel, ShapeCache> shapes = new ConcurrentHashMap<>();
    private volatile MapData.Bounds bounds;
    private int generation;

    MapViewModel(UiContext ui, TerritoryFeature territory) {
        this.ui = ui;
        this.territory = territory;
        this.coverage = territory.coverage();
        this.layers = new MapLayers(ui, coverage, territory.contours());
        serviceKey.addListener((o, a, b) -> {
            detail.set(null);
            load();
        });
        level.addListener((o, a, b) -> {
            detail.set(null);
            load();
        });
    }

    ReadOnlyObjectProperty<MapData> data() {
        return data.getReadOnlyProperty();
    }

    /** The organisations' markers and the departments under the coverage, read after the coverage. */
    MapLayers layers() {
        return layers;
    }

    ReadOnlyObjectProperty<Detail> detail() {
        return detail.getReadOnlyProperty();
    }

    Set<ServiceKind> services() {
        return ServiceKind.resolve(serviceKey.get());
    }

    /**
     * Loads what the current choice shows; a later choice wins over a slower earlier one. The coverage comes
     * first; the organisations' markers and the departments drawn under the coverage follow, once per store
     * change, in the background (they do not depend on the choice).
     */
    void load() {
        String key = serviceKey.get();
        TerritoryLevel chosen = level.get();
        int mine = ++generation;
        loading.set(true);
        ui.tasks().job(ui.i18n().t("territory.map.loading"), progress -> new MapData(key, chosen,
                        coverage.coverage(chosen, ServiceKind.resolve(key)), shapesOf(chosen), bounds()))
                .onSuccess(result -> {
                    if (mine == generation) {
                        loading.set(false);
                        data.set(result);
                        layers.load();
                    }
                })
                .onFailure(error -> {
                    loading.set(false);
                    ui.dialogs().showError(error);
                })
                .start();
    }

    /** Data changed elsewhere (offers, organisations, zones): reload. */
    void refresh() {
        layers.changed(MapLayers.Part.MARKERS);
        shapes.remove(TerritoryLevel.ZONE);
        load();
    }

    /** New contours were imported: shapes are prepared again. */
    void contoursChanged() {
        shapes.clear();
        layers.changed(MapLayers.Part.BACKDROP);
        load();
    }

    private MapData.Bounds bounds() {
        MapData.Bounds known = bounds;
        if (known == null) {
            List<CommuneInfo> communes = coverage.snapshotCommunes();
            known = new MapData.Bounds(
                    communes.stream().mapToDouble(CommuneInfo::lat).min().orElse(48.2),
                    communes.stream().mapToDouble(CommuneInfo::lon).min().orElse(-1.9),
                    communes.stream().mapToDouble(CommuneInfo::lat).max().orElse(49.7),
                    communes.stream().mapToDouble(CommuneInfo::lon).max().orElse(0.9));
            bounds = known;
        }
        return known;
    }

    private ShapeCache shapesOf(TerritoryLevel chosen) {
        return shapes.computeIfAbsent(chosen, l -> new ShapeCache(territory.contours().shapes(l)));
    }

    void select(TerritoryCoverage territoryCoverage) {
        if (territoryCoverage == null) {
            detail.set(null);
            return;
        }
        Set<ServiceKind> chosen = services();
        ui.tasks().job(ui.i18n().t("territory.map.loading"),
                        p -> coverage.offersReaching(territoryCoverage.territory().ref(), chosen))
                .onSuccess(offers -> detail.set(new TerritoryDetail(territoryCoverage, offers)))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    void select(OrganisationMarker marker) {
        ui.tasks().job(ui.i18n().t("territory.map.loading"),
                        p -> coverage.offerSummaries(marker.organisation().id()))
                .onSuccess(offers -> detail.set(new OrganisationDetail(marker, offers)))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    void clearSelection() {
        detail.set(null);
    }
}
