package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryFeature;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The « Carte » section: the map of the offer and its coverage, the gap list, the offer of each partner and
 * the zones. Root id {@code section-map}. The map is built at once; the other tabs when first chosen.
 */
public final class MapSectionView implements SectionView {

    public static final String TOPIC = "territory";

    private final UiContext ui;
    private final TerritoryFeature territory;
    private final MapViewModel model;
    private final MapPane map;
    private final Runnable changed;
    private final TabPane tabs = new TabPane();
    private final Tab mapTab;
    private final Tab gapsTab;
    private final Tab offersTab;
    private final Tab zonesTab;
    private GapsPane gaps;
    private OfferPane offers;
    private ZonesPane zones;

    public MapSectionView(UiContext ui, TerritoryFeature territory) {
        this.ui = ui;
        this.territory = territory;
        I18n i18n = ui.i18n();
        model = new MapViewModel(ui, territory);
        model.serviceKey.set(ui.settings().get("map.service").filter(k -> !ServiceKind.resolve(k).isEmpty())
                .orElse(MapViewModel.DEFAULT_SERVICE));
        model.serviceKey.addListener((o, a, b) -> ui.settings().put("map.service", b));
        changed = () -> {
            model.refresh();
            ui.events().changed(TOPIC);
        };
        map = new MapPane(ui, model, territory);
        mapTab = tab(i18n.t("territory.tab.map"), map.node(), "tab-map");
        gapsTab = tab(i18n.t("territory.tab.gaps"), null, "tab-gaps");
        offersTab = tab(i18n.t("territory.tab.offers"), null, "tab-offers");
        zonesTab = tab(i18n.t("territory.tab.zones"), null, "tab-zones");
        tabs.getTabs().addAll(mapTab, gapsTab, offersTab, zonesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("section-map");
        tabs.getStyleClass().add("map-section");
        tabs.getStylesheets().add(MapSectionView.class.getResource("/fr/cress/relais/territory/map.css").toExternalForm());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> chosen(now));
        model.load();
        model.data().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                model.data().removeListener(this);
                map.overlays().load();
            }
        });
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** Builds a tab's pane the first time it is chosen, and loads what it lists. */
    private void chosen(Tab tab) {
        if (tab == gapsTab && gaps == null) {
            gaps = new GapsPane(ui, model, new CoverageExportAction(ui, territory.coverage()), this::showOnMap);
            gapsTab.setContent(gaps.node());
        } else if (tab == offersTab) {
            if (offers == null) {
                offers = new OfferPane(ui, territory, changed);
                offersTab.setContent(offers.node());
            }
            offers.load();
        } else if (tab == zonesTab) {
            if (zones == null) {
                zones = new ZonesPane(ui, territory, changed);
                zonesTab.setContent(zones.node());
            }
            zones.load();
        }
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
        return zones == null || zones.canLeave();
    }

    @Override
    public void refresh() {
        model.refresh();
        map.overlays().load();
        if (offers != null && tabs.getSelectionModel().getSelectedItem() == offersTab) {
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
