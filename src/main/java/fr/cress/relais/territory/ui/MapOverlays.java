package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.territory.MapOverlaySource;
import fr.cress.relais.territory.TerritoryLevel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;

/**
 * The layers over the coverage: the organisations, and those other features add (project holders...): for
 * each source its layer, its toggle in the layer controls (remembered), its lines in the legend; loads their
 * points in the background at the level shown and leads a click on a point to the source's section.
 */
final class MapOverlays {

    private static final String LAYER_ORGANISATIONS = "map.layer.organisations";

    private record Entry(MapOverlaySource source, OverlayLayer layer, CheckBox toggle, FlowPane legend) {
    }

    private final UiContext ui;
    private final ObservableValue<TerritoryLevel> level;
    private final List<Entry> entries = new ArrayList<>();
    private int generation;

    /** Points follow {@code level}: holders of each EPCI when the map shows EPCI, and so on. */
    MapOverlays(UiContext ui, List<MapOverlaySource> sources, ObservableValue<TerritoryLevel> level) {
        this.ui = ui;
        this.level = level;
        level.addListener((o, a, b) -> load());
        for (MapOverlaySource source : sources) {
            OverlayLayer layer = new OverlayLayer(source.key(), point -> open(source, point));
            CheckBox toggle = new CheckBox(source.label());
            toggle.setId("map-layer-" + source.key());
            remembered(toggle, "map.layer." + source.key());
            layer.visibleProperty().bind(toggle.selectedProperty());
            FlowPane legend = legend(source);
            legend.visibleProperty().bind(toggle.selectedProperty());
            legend.managedProperty().bind(toggle.selectedProperty());
            entries.add(new Entry(source, layer, toggle, legend));
        }
    }

    private FlowPane legend(MapOverlaySource source) {
        Label heading = new Label(source.label() + "\u202f:");
        heading.getStyleClass().add("map-legend-title");
        FlowPane row = new FlowPane(12, 4, heading,
                item(source, false, ui.i18n().t("territory.map.legend.overlay")),
                item(source, true, source.gapLabel()));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("map-legend-" + source.key());
        return row;
    }

    private static HBox item(MapOverlaySource source, boolean gap, String text) {
        Circle dot = new Circle(OverlayLayer.UNIT_RADIUS);
        dot.getStyleClass().addAll("overlay-point", "overlay-" + source.key());
        if (gap) {
            dot.getStyleClass().add("overlay-gap");
        }
        HBox item = new HBox(5, dot, new Label(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** Loads the points of every layer again (at start, when the level changes, when data changed elsewhere). */
    void load() {
        TerritoryLevel shown = level.getValue();
        int mine = ++generation;
        for (Entry e : entries) {
            ui.tasks().job(ui.i18n().t("territory.map.overlay.loading", e.source().label()), p -> e.source().points(shown))
                    .onSuccess(points -> {
                        if (mine == generation) {
                            e.layer().show(points);
                        }
                    })
                    .onFailure(ui.dialogs()::showError)
                    .start();
        }
    }

    /** What a click on a point does: the source's section, filtered on that point. */
    void open(MapOverlaySource source, MapOverlayPoint point) {
        ui.navigator().show(source.section(), point.target());
    }

    List<OverlayLayer> layers() {
        return entries.stream().map(Entry::layer).toList();
    }

    /**
     * The layer controls: « Calques : ☑ Structures ☑ Porteurs de projet »; each choice is remembered and hides
     * the layer with its legend.
     */
    HBox controls(Node organisations, MapLegend legend) {
        Label title = new Label(ui.i18n().t("territory.map.layers"));
        title.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox toggle = new CheckBox(ui.i18n().t("territory.map.legend.organisations"));
        toggle.setId("map-layer-organisations");
        remembered(toggle, LAYER_ORGANISATIONS);
        organisations.visibleProperty().bind(toggle.selectedProperty());
        legend.showOrganisations(toggle.selectedProperty());
        HBox box = new HBox(10, title, toggle);
        entries.forEach(e -> box.getChildren().add(e.toggle()));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("map-layers");
        return box;
    }

    private void remembered(CheckBox toggle, String setting) {
        toggle.setSelected(ui.settings().getBoolean(setting, true));
        toggle.selectedProperty().addListener((o, a, b) -> ui.settings().put(setting, Boolean.toString(b)));
    }

    List<Node> legends() {
        return entries.stream().map(e -> (Node) e.legend()).toList();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }
}
