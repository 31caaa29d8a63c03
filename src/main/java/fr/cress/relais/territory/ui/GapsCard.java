package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * « Zones blanches » on the dashboard: the most populated intercommunalities where no structure offers the
 * chosen service or family, with a link to the map.
 */
public final class GapsCard implements DashboardCard {

    private static final int TOP = 5;
    private static final String SETTING = "dashboard.gaps.service";

    private final UiContext ui;
    private final CoverageService coverage;
    private final ComboBox<String> service;
    private final Label summary = new Label();
    private final VBox list = new VBox(2);
    private final VBox box = new VBox(8);

    public GapsCard(UiContext ui, CoverageService coverage) {
        this.ui = ui;
        this.coverage = coverage;
        I18n i18n = ui.i18n();
        service = CoverageFilters.serviceChoice(i18n);
        service.setId("gaps-card-service");
        service.setValue(ui.settings().get(SETTING).filter(k -> !ServiceKind.resolve(k).isEmpty())
                .orElse(MapViewModel.DEFAULT_SERVICE));
        service.valueProperty().addListener((o, a, key) -> {
            ui.settings().put(SETTING, key);
            refresh();
        });
        summary.setWrapText(true);
        summary.setId("gaps-card-summary");
        Hyperlink toMap = new Hyperlink(i18n.t("territory.card.gaps.map"));
        toMap.setId("gaps-card-map");
        toMap.setOnAction(e -> ui.navigator().show(SectionId.MAP, new MapTarget(service.getValue(), TerritoryLevel.EPCI)));
        list.setId("gaps-card-list");
        box.getChildren().addAll(service, summary, list, toMap);
        box.setId("gaps-card");
    }

    @Override
    public String titleKey() {
        return "territory.card.gaps.title";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void refresh() {
        String key = service.getValue();
        ui.tasks().job(ui.i18n().t("territory.card.gaps.loading"), p -> coverage.coverage(TerritoryLevel.EPCI,
                        ServiceKind.resolve(key)))
                .onSuccess(all -> show(key, all))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void show(String key, List<TerritoryCoverage> all) {
        I18n i18n = ui.i18n();
        List<TerritoryCoverage> gaps = all.stream().filter(TerritoryCoverage::isGap)
                .sorted((a, b) -> Integer.compare(b.territory().population(), a.territory().population())).toList();
        long people = gaps.stream().mapToLong(g -> g.territory().population()).sum();
        summary.setText(gaps.isEmpty() ? i18n.t("territory.card.gaps.none", CoverageFilters.serviceLabel(i18n, key))
                : i18n.t("territory.card.gaps.summary", gaps.size(), all.size(), CoverageFilters.serviceLabel(i18n, key),
                Formats.integer(people)));
        list.getChildren().clear();
        for (TerritoryCoverage gap : gaps.subList(0, Math.min(TOP, gaps.size()))) {
            Label name = new Label(gap.territory().name());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label population = new Label(i18n.t("territory.card.gaps.inhabitants", Formats.integer(gap.territory().population())));
            population.getStyleClass().add("text-muted");
            HBox row = new HBox(8, name, spacer, population);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("gaps-card-row");
            list.getChildren().add(row);
        }
    }
}
