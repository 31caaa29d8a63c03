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
import javafx.scene.control.Button;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The map tab: filters and the contours menu above; the map with the coverage layer, the organisations and
 * the legend; the details of what was clicked on the right. Remembers the map's centre and zoom.
 */
final class MapPane {

    static final String ONLINE = "map.online";
    private static final String VIEW_LAT = "map.view.lat";
    private static final String VIEW_LON = "map.view.lon";
    private static final String VIEW_ZOOM = "map.view.zoom";
    private static final double HOME_LAT = 48.95;
    private static final double HOME_LON = -0.55;
    private static final double HOME_ZOOM = 8;

    private final UiContext ui;
    private final MapViewModel model;
    private final MapView map = new MapView();
    private final MapLegend legend;
    private final CoverageLayer coverage;
    private final MarkerLayer markers;
    private final DetailsPanel details;
    private final Label hover = new Label();
    private final CheckBox online = new CheckBox();
    private final BorderPane root = new BorderPane();
    private MapData.Bounds bounds;
    /** True until the user moves the map: the whole region stays fitted to the map's size. */
    private boolean autoFit;

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
        map.addLayer(coverage);
        map.addLayer(markers);
        restoreView();
        coverage.setOnViewChanged(this::saveView);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> autoFit = false);
        map.addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> autoFit = false);
        map.widthProperty().addListener((o, a, b) -> refit());
        map.heightProperty().addListener((o, a, b) -> refit());
        ContourActions contours = new ContourActions(ui, territory.contours(), model::contoursChanged);
        root.setTop(toolbar(contours));
        root.setCenter(mapAndLegend());

        root.setRight(details.node());
        model.data().addListener((o, a, data) -> show(data));
        model.measure.addListener((o, a, b) -> show(model.data().get()));
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
        bar.getChildren().add(right);
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
        StackPane stack = new StackPane(map, hoverPane, zoomButtons(), attribution);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        stack.setId("section-map-stack");
        stack.setMinSize(0, 0);
        return stack;
    }

    private VBox zoomButtons() {
        I18n i18n = ui.i18n();
        Button in = iconButton(new FontIcon(Material2AL.ADD), i18n.t("territory.map.zoomIn"), "map-zoom-in");
        in.setOnAction(e -> {
            autoFit = false;
            map.setZoom(Math.min(14, map.getZoom() + 1));
        });
        Button out = iconButton(new FontIcon(Material2MZ.REMOVE), i18n.t("territory.map.zoomOut"), "map-zoom-out");
        out.setOnAction(e -> {
            autoFit = false;
            map.setZoom(Math.max(5, map.getZoom() - 1));
        });
        Button home = iconButton(new FontIcon(Material2AL.CENTER_FOCUS_STRONG), i18n.t("territory.map.home"), "map-home");
        home.setOnAction(e -> {
            autoFit = true;
            fitRegion();
        });
        VBox box = new VBox(4, in, out, home);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        StackPane.setMargin(box, new Insets(12));
        return box;
    }

    private static Button iconButton(FontIcon icon, String text, String id) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "map-button");
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        return button;
    }

    private void show(MapData data) {
        if (data == null) {
            return;
        }
        bounds = data.bounds();
        hover.setVisible(false);
        boolean symbols = data.coverage().stream().anyMatch(c -> !data.shapes().has(c.territory().code()));
        legend.show(model.measure.get(), symbols);
        coverage.show(data.coverage(), data.shapes(), model.measure.get(), data.backdrop());
        markers.show(data.markers());
        legend.showKinds(data.markers().stream().map(m -> m.organisation().kind())
                .collect(java.util.stream.Collectors.toSet()));
        if (autoFit) {
            fitRegion();
        }
    }

    private void hover(MouseEvent e) {
        TerritoryCoverage c = territoryAt(e).orElse(null);
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

    private java.util.Optional<TerritoryCoverage> territoryAt(MouseEvent e) {
        MapPoint point = map.getMapPosition(e.getX(), e.getY());
        return point == null ? java.util.Optional.empty()
                : coverage.territoryAt(e.getX(), e.getY(), point.getLatitude(), point.getLongitude());
    }

    private void refit() {
        if (autoFit && bounds != null) {
            fitRegion();
        }
    }

    /** Shows the whole region, as large as the map allows. */
    private void fitRegion() {
        if (bounds == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            map.setZoom(HOME_ZOOM);
            map.setCenter(HOME_LAT, HOME_LON);
            return;
        }
        double dx = ShapeCache.mercatorX(bounds.maxLon()) - ShapeCache.mercatorX(bounds.minLon());
        double dy = ShapeCache.mercatorY(bounds.minLat()) - ShapeCache.mercatorY(bounds.maxLat());
        double zoom = Math.min(log2(0.85 * map.getWidth() / dx), log2(0.85 * map.getHeight() / dy));
        map.setZoom(Math.max(5, Math.min(12, zoom)));
        map.setCenter((bounds.minLat() + bounds.maxLat()) / 2, (bounds.minLon() + bounds.maxLon()) / 2);
    }

    private static double log2(double value) {
        return Math.log(Math.max(value, 1e-9)) / Math.log(2);
    }

    private void restoreView() {
        autoFit = ui.settings().get(VIEW_ZOOM).isEmpty();
        map.setZoom(ui.settings().getDouble(VIEW_ZOOM, HOME_ZOOM));
        map.setCenter(ui.settings().getDouble(VIEW_LAT, HOME_LAT), ui.settings().getDouble(VIEW_LON, HOME_LON));
    }

    private void saveView() {
        if (autoFit) {
            return;
        }
        double[] view = coverage.view();
        if (view != null && view[2] > 0) {
            ui.settings().put(VIEW_LAT, Double.toString(view[0]));
            ui.settings().put(VIEW_LON, Double.toString(view[1]));
            ui.settings().put(VIEW_ZOOM, Double.toString(view[2]));
        }
    }

    /** For tests and measurements. */
    CoverageLayer coverageLayer() {
        return coverage;
    }

    MarkerLayer markerLayer() {
        return markers;
    }

    MapView map() {
        return map;
    }
}
