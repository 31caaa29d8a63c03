package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.DashboardFigures.IndicatorPoint;
import fr.cress.relais.actions.DashboardFigures.Indicators;
import fr.cress.relais.actions.DashboardService;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Indicators planned vs achieved, one unit at a time (heures, personnes, visiteurs…): a bar per indicator,
 * a click opens its action.
 */
final class IndicatorsCard extends ActionsCard<Indicators> {

    private static final int LABEL_LENGTH = 16;
    /** Bars beyond this are unreadable (and costly to lay out): the list behind « Voir la liste » has them all. */
    static final int MAX_BARS = 40;
    private String unit;

    IndicatorsCard(UiContext ui, DashboardService dashboard) {
        super(ui, "actions.card.indicators", 10, p -> dashboard.indicators());
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    protected boolean isEmpty(Indicators figures) {
        return figures.points().isEmpty();
    }

    @Override
    protected Ikon emptyIcon() {
        return Material2OutlinedAL.BAR_CHART;
    }

    @Override
    protected String emptyMessageKey() {
        return "actions.card.indicators.empty";
    }

    @Override
    protected Node render(Indicators figures) {
        List<String> units = figures.units();
        if (unit == null || !units.contains(unit)) {
            unit = units.get(0);
        }
        ComboBox<String> chooser = new ComboBox<>();
        chooser.setId("card-indicators-unit");
        chooser.getItems().setAll(units);
        chooser.setValue(unit);
        VBox box = new VBox(8);
        chooser.setOnAction(e -> {
            unit = chooser.getValue();
            box.getChildren().set(1, chart(figures));
            box.getChildren().set(2, summary(figures));
        });
        Label label = new Label(ui.i18n().t("actions.card.indicators.unit"));
        label.setLabelFor(chooser);
        HBox top = new HBox(8, label, chooser, link(ui.i18n().t("actions.card.seeList"), () -> showUnit(figures)));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.getChildren().addAll(top, chart(figures), summary(figures));
        return box;
    }

    /**
     * The first {@link #MAX_BARS} indicators of the unit, in programme order. Each series is filled at once
     * before it joins the chart: the category axis then checks its categories once, not once per bar.
     */
    private BarChart<String, Number> chart(Indicators figures) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = valueAxis(unit);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("card-indicators-chart");
        chart.setAnimated(false);
        chart.getStyleClass().add("dashboard-chart");
        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName(ui.i18n().t("actions.col.planned"));
        XYChart.Series<String, Number> achieved = new XYChart.Series<>();
        achieved.setName(ui.i18n().t("actions.col.achieved"));
        List<XYChart.Data<String, Number>> plannedBars = new ArrayList<>();
        List<XYChart.Data<String, Number>> achievedBars = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        List<IndicatorPoint> points = figures.inUnit(unit);
        for (IndicatorPoint p : points.subList(0, Math.min(MAX_BARS, points.size()))) {
            String category = category(p, used);
            plannedBars.add(bar(planned.getName(), category, p, p.planned(), figures.programme().id()));
            achievedBars.add(bar(achieved.getName(), category, p, p.achieved(), figures.programme().id()));
        }
        planned.getData().setAll(plannedBars);
        achieved.getData().setAll(achievedBars);
        chart.getData().setAll(List.of(planned, achieved));
        return chart;
    }

    private XYChart.Data<String, Number> bar(String seriesName, String category, IndicatorPoint p, BigDecimal value,
                                             long programmeId) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value == null ? 0 : value);
        String tip = ui.i18n().t("actions.card.indicators.tip", p.actionTitle(), p.name(), seriesName,
                value == null ? "–" : Formats.number(value), p.unit());
        clickable(data, tip, () -> showActions(programmeId, p.actionTitle(), Set.of(p.actionId())));
        return data;
    }

    private Label summary(Indicators figures) {
        List<IndicatorPoint> points = figures.inUnit(unit);
        BigDecimal planned = points.stream().map(IndicatorPoint::planned).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal achieved = points.stream().map(IndicatorPoint::achieved).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String text = ui.i18n().t("actions.card.indicators.summary", Formats.number(achieved),
                Formats.number(planned), unit, points.size());
        Label label = new Label(points.size() <= MAX_BARS ? text
                : ui.i18n().t("actions.card.indicators.firstOnly", text, MAX_BARS));
        label.setId("card-indicators-summary");
        label.setWrapText(true);
        label.getStyleClass().add("card-summary");
        return label;
    }

    private void showUnit(Indicators figures) {
        Set<Long> ids = figures.inUnit(unit).stream().map(IndicatorPoint::actionId).collect(Collectors.toSet());
        showActions(figures.programme().id(), ui.i18n().t("actions.card.indicators.filter", unit), ids);
    }

    /** « 1.1.c · 2008 » over « Café-débat « Entr… », unique within the chart. */
    private static String category(IndicatorPoint p, Set<String> used) {
        String title = p.actionTitle().length() > LABEL_LENGTH
                ? p.actionTitle().substring(0, LABEL_LENGTH - 1).strip() + "…" : p.actionTitle();
        String ref = p.year() == null ? p.actionRef() : p.actionRef() + " · " + p.year();
        String base = ref + "\n" + title;
        String category = base;
        for (int i = 2; !used.add(category); i++) {
            category = base + " " + i;
        }
        return category;
    }
}
