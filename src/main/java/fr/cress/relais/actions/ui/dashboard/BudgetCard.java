package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.Amounts;
import fr.cress.relais.actions.DashboardFigures.AxisBudget;
import fr.cress.relais.actions.DashboardFigures.Budget;
import fr.cress.relais.actions.DashboardService;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Co-financing received vs planned (and granted), per axis; a click opens the actions with a budget. */
final class BudgetCard extends ActionsCard<Budget> {

    BudgetCard(UiContext ui, DashboardService dashboard) {
        super(ui, "actions.card.budget", 30, p -> dashboard.budget());
    }

    @Override
    protected boolean isEmpty(Budget figures) {
        return figures.overall().income().isZero() && figures.overall().expenses().isZero();
    }

    @Override
    protected Ikon emptyIcon() {
        return Material2OutlinedMZ.PAYMENTS;
    }

    @Override
    protected String emptyMessageKey() {
        return "actions.card.budget.empty";
    }

    @Override
    protected Node render(Budget figures) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = valueAxis("€");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("card-budget-chart");
        chart.setAnimated(false);
        chart.getStyleClass().add("dashboard-chart");
        XYChart.Series<String, Number> planned = series("actions.col.amountPlanned");
        XYChart.Series<String, Number> granted = series("actions.col.amountGranted");
        XYChart.Series<String, Number> received = series("actions.col.amountReceived");
        chart.getData().setAll(List.of(planned, granted, received));
        long programmeId = figures.programme().id();
        for (AxisBudget axis : figures.axes()) {
            String category = ui.i18n().t("actions.card.axis", axis.axisRef());
            add(planned, category, axis, axis.income().planned(), programmeId);
            add(granted, category, axis, axis.income().granted(), programmeId);
            add(received, category, axis, axis.income().received(), programmeId);
        }
        Amounts income = figures.overall().income();
        Label summary = new Label(ui.i18n().t("actions.card.budget.summary", Formats.amount(income.received()),
                Formats.amount(income.planned()), income.receivedRatio().map(Formats::percent).orElse("–"),
                Formats.amount(figures.overall().expenses().planned())));
        summary.setId("card-budget-summary");
        summary.getStyleClass().add("card-summary");
        summary.setWrapText(true);
        return new VBox(4, chart, summary);
    }

    private XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(ui.i18n().t(key));
        return s;
    }

    private void add(XYChart.Series<String, Number> series, String category, AxisBudget axis, BigDecimal amount,
                     long programmeId) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, amount);
        series.getData().add(data);
        String label = ui.i18n().t("actions.card.budget.filter", axis.axisRef());
        clickable(data, ui.i18n().t("actions.card.budget.tip", category, series.getName(), Formats.amount(amount)),
                () -> showActions(programmeId, label, Set.copyOf(axis.actionIds())));
    }
}
