package fr.cress.relais.territory.ui;

import com.gluonhq.maps.MapView;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.UiSettings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Supplier;

/**
 * What part of the world the map shows: the view remembered in the preferences, or else the whole region
 * fitted to the map until the user moves it; the zoom and « recentrer » buttons.
 */
final class MapViewport {

    private static final String VIEW_LAT = "map.view.lat";
    private static final String VIEW_LON = "map.view.lon";
    private static final String VIEW_ZOOM = "map.view.zoom";
    private static final double HOME_LAT = 48.95;
    private static final double HOME_LON = -0.55;
    private static final double HOME_ZOOM = 8;
    private static final double MIN_ZOOM = 5;
    private static final double MAX_ZOOM = 14;

    private final MapView map;
    private final UiSettings settings;
    private final Supplier<double[]> currentView;
    private MapData.Bounds region;
    /** True until the user moves the map: the whole region stays fitted to the map's size. */
    private boolean autoFit;

    MapViewport(MapView map, UiSettings settings, Supplier<double[]> currentView) {
        this.map = map;
        this.settings = settings;
        this.currentView = currentView;
        autoFit = settings.get(VIEW_ZOOM).isEmpty();
        map.setZoom(settings.getDouble(VIEW_ZOOM, HOME_ZOOM));
        map.setCenter(settings.getDouble(VIEW_LAT, HOME_LAT), settings.getDouble(VIEW_LON, HOME_LON));
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> autoFit = false);
        map.addEventHandler(ScrollEvent.SCROLL, e -> autoFit = false);
        map.widthProperty().addListener((o, a, b) -> refit());
        map.heightProperty().addListener((o, a, b) -> refit());
    }

    /** The extent of the region's communes is known: fit it while the user has not moved the map. */
    void regionIs(MapData.Bounds bounds) {
        region = bounds;
        refit();
    }

    /** Remembers the view the user chose (not the automatic fit). */
    void save() {
        double[] view = currentView.get();
        if (!autoFit && view != null && view[2] > 0) {
            settings.put(VIEW_LAT, Double.toString(view[0]));
            settings.put(VIEW_LON, Double.toString(view[1]));
            settings.put(VIEW_ZOOM, Double.toString(view[2]));
        }
    }

    VBox buttons(I18n i18n) {
        Button in = button(Material2AL.ADD, i18n.t("territory.map.zoomIn"), "map-zoom-in");
        in.setOnAction(e -> zoomBy(1));
        Button out = button(Material2MZ.REMOVE, i18n.t("territory.map.zoomOut"), "map-zoom-out");
        out.setOnAction(e -> zoomBy(-1));
        Button home = button(Material2AL.CENTER_FOCUS_STRONG, i18n.t("territory.map.home"), "map-home");
        home.setOnAction(e -> {
            autoFit = true;
            fit();
        });
        VBox box = new VBox(4, in, out, home);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private void zoomBy(int step) {
        autoFit = false;
        map.setZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, map.getZoom() + step)));
    }

    private static Button button(org.kordamp.ikonli.Ikon icon, String text, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "map-button");
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        return button;
    }

    private void refit() {
        if (autoFit && region != null) {
            fit();
        }
    }

    /** Shows the whole region, as large as the map allows. */
    private void fit() {
        if (region == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            map.setZoom(HOME_ZOOM);
            map.setCenter(HOME_LAT, HOME_LON);
            return;
        }
        double dx = ShapeCache.mercatorX(region.maxLon()) - ShapeCache.mercatorX(region.minLon());
        double dy = ShapeCache.mercatorY(region.minLat()) - ShapeCache.mercatorY(region.maxLat());
        double zoom = Math.min(log2(0.85 * map.getWidth() / dx), log2(0.85 * map.getHeight() / dy));
        map.setZoom(Math.max(MIN_ZOOM, Math.min(12, zoom)));
        map.setCenter((region.minLat() + region.maxLat()) / 2, (region.minLon() + region.maxLon()) / 2);
    }

    private static double log2(double value) {
        return Math.log(Math.max(value, 1e-9)) / Math.log(2);
    }
}
