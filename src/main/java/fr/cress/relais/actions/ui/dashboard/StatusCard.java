package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.ActionStatus;
import fr.cress.relais.actions.DashboardFigures.AxisStatus;
import fr.cress.relais.actions.DashboardFigures.StatusByAxis;
import fr.cress.relais.actions.DashboardService;
import fr.cress.relais.common.feature.UiContext;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Actions by axis and status: a stacked bar per axis; a click on a segment opens those actions. */
final class StatusCard extends ActionsCard<StatusByAxis> {

    StatusCard(UiContext ui, DashboardService dashboard) {
        super(ui, "actions.card.status", 20, p -> dashboard.statusByAxis());
    }

    @Override
    protected boolean isEmpty(StatusByAxis figures) {
        return figures.cells().isEmpty();
    }

    @Override
    protected Ikon emptyIcon() {
        return Material2OutlinedAL.ASSIGNMENT;
    }

    @Override
    protected String emptyMessageKey() {
        return "actions.card.status.empty";
    }

    @Override
    protected Node render(StatusByAxis figures) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = valueAxis(ui.i18n().t("actions.card.status.count"));
        y.setTickUnit(1);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("card-status-chart");
        chart.setAnimated(false);
        chart.getStyleClass().add("dashboard-chart");
        List<String> axes = figures.cells().stream().map(this::axisLabel).distinct().toList();
        x.setAutoRanging(false);
        x.getCategories().setAll(axes);
        long programmeId = figures.programme().id();
        // One series per status, always in the same order: the CSS colours each status the same way.
        for (ActionStatus status : ActionStatus.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(ui.i18n().label(status));
            chart.getData().add(s);
            figures.cells().stream().filter(c -> c.status() == status).forEach(c -> add(s, c, programmeId));
        }
        Set<Long> all = figures.cells().stream().map(AxisStatus::actionIds).flatMap(Collection::stream)
                .collect(Collectors.toSet());
        return new VBox(4, chart, link(ui.i18n().t("actions.card.status.all", all.size()),
                () -> showActions(programmeId, ui.i18n().t("actions.card.status.allFilter"), all)));
    }

    private void add(XYChart.Series<String, Number> series, AxisStatus cell, long programmeId) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(axisLabel(cell), cell.actionIds().size());
        series.getData().add(data);
        String label = ui.i18n().t("actions.card.status.filter", cell.axisRef(), ui.i18n().label(cell.status()));
        clickable(data, ui.i18n().t("actions.card.status.tip", label, cell.actionIds().size(), cell.axisTitle()),
                () -> showActions(programmeId, label, Set.copyOf(cell.actionIds())));
    }

    private String axisLabel(AxisStatus cell) {
        return ui.i18n().t("actions.card.axis", cell.axisRef());
    }
}
