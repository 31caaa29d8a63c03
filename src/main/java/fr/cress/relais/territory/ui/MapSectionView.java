package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryFeature;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The « Carte » section: the map of the offer and its coverage, the gap list, the offer of each partner and
 * the zones. Root id {@code section-map}.
 */
public final class MapSectionView implements SectionView {

    public static final String TOPIC = "territory";

    private final UiContext ui;
    private final MapViewModel model;
    private final MapPane map;
    private final GapsPane gaps;
    private final OfferPane offers;
    private final ZonesPane zones;
    private final TabPane tabs = new TabPane();
    private final Tab mapTab;
    private final Tab offersTab;
    private final Tab zonesTab;

    public MapSectionView(UiContext ui, TerritoryFeature territory) {
        this.ui = ui;
        I18n i18n = ui.i18n();
        model = new MapViewModel(ui, territory);
        model.serviceKey.set(ui.settings().get("map.service").filter(k -> !fr.cress.relais.territory.ServiceKind
                .resolve(k).isEmpty()).orElse(MapViewModel.DEFAULT_SERVICE));
        model.serviceKey.addListener((o, a, b) -> ui.settings().put("map.service", b));
        Runnable changed = () -> {
            model.refresh();
            ui.events().changed(TOPIC);
        };
        map = new MapPane(ui, model, territory);
        gaps = new GapsPane(ui, model, new CoverageExportAction(ui, territory.coverage()), this::showOnMap);
        offers = new OfferPane(ui, territory, changed);
        zones = new ZonesPane(ui, territory, changed);
        mapTab = tab(i18n.t("territory.tab.map"), map.node(), "tab-map");
        Tab gapsTab = tab(i18n.t("territory.tab.gaps"), gaps.node(), "tab-gaps");
        offersTab = tab(i18n.t("territory.tab.offers"), offers.node(), "tab-offers");
        zonesTab = tab(i18n.t("territory.tab.zones"), zones.node(), "tab-zones");
        tabs.getTabs().addAll(mapTab, gapsTab, offersTab, zonesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("section-map");
        tabs.getStyleClass().add("map-section");
        tabs.getStylesheets().add(MapSectionView.class.getResource("/fr/cress/relais/territory/map.css").toExternalForm());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now == offersTab) {
                offers.load();
            } else if (now == zonesTab) {
                zones.load();
            }
        });
        model.load();
        map.overlays().load();
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void showOnMap(TerritoryCoverage coverage) {
        tabs.getSelectionModel().select(mapTab);
        map.coverageLayer().highlight(coverage.territory().code());
        map.map().setCenter(coverage.territory().lat(), coverage.territory().lon());
        model.select(coverage);
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public void shown(Object target) {
        if (target instanceof MapTarget t) {
            tabs.getSelectionModel().select(mapTab);
            if (t.level() != null) {
                model.level.set(t.level());
            }
            if (t.serviceKey() != null) {
                model.serviceKey.set(t.serviceKey());
            }
        }
    }

    @Override
    public boolean canLeave() {
        return zones.canLeave();
    }

    @Override
    public void refresh() {
        model.refresh();
        map.overlays().load();
        if (tabs.getSelectionModel().getSelectedItem() == offersTab) {
            offers.load();
        }
    }

    /** For tests. */
    MapPane mapPane() {
        return map;
    }

    GapsPane gapsPane() {
        return gaps;
    }

    MapViewModel model() {
        return model;
    }
}
