package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryFeature;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The map tab: filters and the contours menu above; the map with the coverage layer, the organisations and
 * the legend; the details of what was clicked on the right. Remembers the map's centre and zoom.
 */
final class MapPane {

    static final String ONLINE = "map.online";

    private final UiContext ui;
    private final MapViewModel model;
    private final MapView map = new MapView();
    private final MapLegend legend;
    private final CoverageLayer coverage;
    private final MarkerLayer markers;
    private final MapOverlays overlays;
    private final DetailsPanel details;
    private final Label hover = new Label();
    private final CheckBox online = new CheckBox();
    private final BorderPane root = new BorderPane();
    private final MapViewport viewport;

    MapPane(UiContext ui, MapViewModel model, TerritoryFeature territory) {
        this.ui = ui;
        this.model = model;
        I18n i18n = ui.i18n();
        CachedTileRetriever.configure(territory.core().locations().tileCacheDir(), () -> ui.settings().getBoolean(ONLINE,
                defaultOnline()));
        legend = new MapLegend(i18n);
        coverage = new CoverageLayer(legend);
        markers = new MarkerLayer(i18n, model::select);
        details = new DetailsPanel(i18n, () -> CoverageFilters.serviceLabel(i18n, model.serviceKey.get()));
        map.setId("territory-map");
        map.getStyleClass().add("territory-map");
        overlays = new MapOverlays(ui, territory.overlays(), model.level);
        map.addLayer(coverage);
        overlays.layers().forEach(map::addLayer);
        map.addLayer(markers);
        coverage.drawMarks(markedLayers());
        overlays.legends().forEach(legend::addRow);
        viewport = new MapViewport(map, ui.settings(), coverage::view);
        coverage.setOnViewChanged(viewport::save);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.setVisible(false);
            pointMark(null);
        });
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        ContourActions contours = new ContourActions(ui, territory.contours(), model::contoursChanged);
        root.setTop(toolbar(contours));
        root.setCenter(mapAndLegend());

        root.setRight(details.node());
        model.data().addListener((o, a, data) -> show(data));
        model.measure.addListener((o, a, b) -> show(model.data().get()));
        model.layers().backdrop().addListener((o, a, b) -> showCoverage(model.data().get()));
        model.layers().markers().addListener((o, a, shown) -> showMarkers(shown));
        model.detail().addListener((o, a, detail) -> {
            details.show(detail);
            if (detail == null) {
                coverage.highlight(null);
            }
        });
    }

    static boolean defaultOnline() {
        return !Boolean.getBoolean("relais.test") && !Boolean.getBoolean("relais.offline");
    }

    Node node() {
        return root;
    }

    private FlowPane toolbar(ContourActions contours) {
        I18n i18n = ui.i18n();
        online.setText(i18n.t("territory.map.online"));
        online.setId("map-online");
        online.setSelected(ui.settings().getBoolean(ONLINE, defaultOnline()));
        online.setTooltip(new Tooltip(i18n.t("territory.map.online.tip")));
        online.selectedProperty().addListener((o, a, b) -> ui.settings().put(ONLINE, Boolean.toString(b)));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loading);
        HBox right = new HBox(12, busy, online, contours.node());
        right.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new CoverageFilters(i18n, model, true, "map").node();
        bar.getChildren().addAll(overlays.controls(markers, legend), right);
        bar.getStyleClass().add("map-toolbar");
        return bar;
    }

    private VBox mapAndLegend() {
        StackPane stack = mapStack();
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(stack, legend.node());
    }

    private StackPane mapStack() {
        Pane hoverPane = new Pane(hover);
        hoverPane.setMouseTransparent(true);
        hover.getStyleClass().add("map-hover");
        hover.setId("map-hover");
        hover.setVisible(false);
        Label attribution = new Label();
        attribution.textProperty().bind(javafx.beans.binding.Bindings.when(online.selectedProperty())
                .then(ui.i18n().t("territory.map.attribution"))
                .otherwise(ui.i18n().t("territory.map.attribution.offline")));
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        VBox buttons = viewport.buttons(ui.i18n());
        StackPane.setAlignment(buttons, Pos.TOP_LEFT);
        StackPane.setMargin(buttons, new Insets(12));
        StackPane stack = new StackPane(map, hoverPane, buttons, attribution, layersLoading());
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        stack.setId("section-map-stack");
        stack.setMinSize(0, 0);
        return stack;
    }

    /** « Chargement des structures… » over the map while the markers and the departments are read. */
    private Label layersLoading() {
        Label note = new Label(ui.i18n().t("territory.map.layers.loading"));
        note.setId("map-layers-loading");
        note.getStyleClass().add("map-layers-loading");
        note.setMouseTransparent(true);
        note.visibleProperty().bind(model.layers().loading().or(markers.building()));
        StackPane.setAlignment(note, Pos.TOP_CENTER);
        StackPane.setMargin(note, new Insets(12));
        return note;
    }

    private void show(MapData data) {
        if (data == null) {
            return;
        }
        hover.setVisible(false);
        boolean symbols = data.coverage().stream().anyMatch(c -> !data.shapes().has(c.territory().code()));
        legend.show(model.measure.get(), symbols);
        showCoverage(data);
        viewport.regionIs(data.bounds());
    }

    /** The coverage, over the departments once they are read. */
    private void showCoverage(MapData data) {
        if (data != null) {
            ShapeCache backdrop = model.layers().backdrop().get();
            coverage.show(data.coverage(), data.shapes(), model.measure.get(), backdrop == null ? ShapeCache.EMPTY : backdrop);
        }
    }

    private void showMarkers(java.util.List<OrganisationMarker> shown) {
        if (shown != null) {
            markers.show(shown);
            coverage.whenDrawn(markers::drawn);
            legend.showKinds(shown.stream().map(m -> m.organisation().kind()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    private void hover(MouseEvent e) {
        MarkIndex.Hit mark = coverage.markAt(e.getX(), e.getY()).orElse(null);
        pointMark(mark);
        TerritoryCoverage c = mark != null ? null : territoryAt(e).orElse(null);
        if (c == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(c.territory().name() + "\n" + (c.isGap() ? ui.i18n().t("territory.map.hover.gap")
                : ui.i18n().t("territory.map.hover.covered", c.structureCount(), Formats.percent(c.share()))));
        hover.relocate(e.getX() + 14, e.getY() + 10);
        hover.setVisible(true);
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.isConsumed()) {
            return;
        }
        TerritoryCoverage c = territoryAt(e).orElse(null);
        coverage.highlight(c == null ? null : c.territory().code());
        if (c == null) {
            model.clearSelection();
        } else {
            model.select(c);
        }
    }

    /**
     * Over an organisation or an overlay point, its layer puts its pointer target there (its own tooltip speaks,
     * not the territory's); the other layers let theirs go.
     */
    private void pointMark(MarkIndex.Hit mark) {
        for (MarkedLayer layer : markedLayers()) {
            if (mark != null && mark.owner() == layer) {
                layer.point(mark.mark(), mark.x(), mark.y(), mark.reach());
            } else {
                layer.leave();
            }
        }
    }

    private java.util.List<MarkedLayer> markedLayers() {
        java.util.List<MarkedLayer> all = new java.util.ArrayList<>(overlays.layers());
        all.add(markers);
        return all;
    }

    private java.util.Optional<TerritoryCoverage> territoryAt(MouseEvent e) {
        MapPoint point = map.getMapPosition(e.getX(), e.getY());
        return point == null ? java.util.Optional.empty()
                : coverage.territoryAt(e.getX(), e.getY(), point.getLatitude(), point.getLongitude());
    }

    /** For tests and measurements. */
    CoverageLayer coverageLayer() {
        return coverage;
    }

    MarkerLayer markerLayer() {
        return markers;
    }

    MapOverlays overlays() {
        return overlays;
    }

    MapView map() {
        return map;
    }
}
