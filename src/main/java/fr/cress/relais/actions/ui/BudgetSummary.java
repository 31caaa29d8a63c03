package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Amounts;
import fr.cress.relais.actions.BudgetTotal;
import fr.cress.relais.actions.BudgetTotals;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.Optional;

/**
 * Budget totals of a programme, an axis or an objective: expenses and co-financing planned, granted and
 * received; for a programme, also per funder and per year.
 */
final class BudgetSummary {

    private final I18n i18n;
    private GridPane grid;
    private int row;

    BudgetSummary(I18n i18n) {
        this.i18n = i18n;
    }

    Node node(TreeEntry entry, ProgrammeSnapshot snapshot, BudgetTotals totals) {
        start();
        switch (entry.kind()) {
            case PROGRAMME -> {
                total(null, totals.overall());
                for (Map.Entry<Long, Amounts> f : totals.byFunder().entrySet()) {
                    line(i18n.t("actions.summary.funder", snapshot.directory().organisationLabel(f.getKey())), f.getValue(), false);
                }
                for (Map.Entry<Optional<Integer>, BudgetTotal> y : totals.byYear().entrySet()) {
                    total(y.getKey().map(Object::toString).orElse(i18n.t("actions.summary.noYear")), y.getValue());
                }
            }
            case AXIS -> total(null, totals.axis(entry.axis().id()));
            case OBJECTIVE -> total(null, totals.objective(entry.objective().id()));
            default -> { }
        }
        Label title = new Label(i18n.t("actions.summary.title"));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title, grid);
        box.setId("budget-summary");
        return box;
    }

    private void start() {
        grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.getStyleClass().add("budget-summary");
        row = 0;
        grid.addRow(row++, new Label(), header("actions.col.amountPlanned"), header("actions.col.amountGranted"),
                header("actions.col.amountReceived"));
    }

    /** Expenses and co-financing; {@code period} (a year) prefixes the labels when given. */
    private void total(String period, BudgetTotal total) {
        String expenses = i18n.t("actions.summary.expenses");
        String income = i18n.t("actions.summary.income");
        line(period == null ? expenses : i18n.t("actions.summary.year", period, expenses), total.expenses(), true);
        line(period == null ? income : i18n.t("actions.summary.year", period, income), total.income(), false);
    }

    private void line(String label, Amounts amounts, boolean expenses) {
        Label name = new Label(label);
        name.setWrapText(true);
        name.setMaxWidth(320);
        grid.addRow(row++, name, amount(amounts.planned()),
                expenses ? new Label() : amount(amounts.granted()), expenses ? new Label() : amount(amounts.received()));
    }

    private Label amount(java.math.BigDecimal value) {
        Label label = new Label(Formats.amount(value));
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    private Label header(String key) {
        Label label = new Label(i18n.t(key));
        label.getStyleClass().add("text-muted");
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }
}
