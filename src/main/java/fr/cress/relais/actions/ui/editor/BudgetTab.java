package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.Amounts;
import fr.cress.relais.actions.BudgetLine;
import fr.cress.relais.actions.BudgetLineType;
import fr.cress.relais.actions.BudgetTotal;
import fr.cress.relais.actions.OrganisationRef;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Budget: expenses and co-financing lines with their funder, amounts planned, granted, received, and totals. */
final class BudgetTab {

    private final I18n i18n;
    private final ActionEditorModel model;
    private final ComboBox<OrganisationRef> funder = new ComboBox<>();
    private final Label totals = new Label();
    private final Tab tab;

    BudgetTab(I18n i18n, ActionEditorModel model) {
        this.i18n = i18n;
        this.model = model;
        RowTable<BudgetRow> rows = new RowTable<>("action-budget", model.budget, model.problems(), "budget",
                i18n.t("actions.budget.empty"));
        rows.column(i18n.t("actions.col.lineType"), 80, r -> Bindings.createStringBinding(() -> i18n.label(r.type.get()), r.type));
        rows.column(i18n.t("actions.col.lineLabel"), 200, r -> r.label);
        rows.column(i18n.t("actions.col.funder"), 120, r -> Bindings.createStringBinding(
                () -> r.funder.get() == null ? "" : r.funder.get().label(), r.funder));
        rows.column(i18n.t("actions.col.year"), 70, r -> r.year);
        rows.column(i18n.t("actions.col.amountPlanned"), 90, r -> r.planned);
        rows.column(i18n.t("actions.col.amountGranted"), 90, r -> r.granted);
        rows.column(i18n.t("actions.col.amountReceived"), 90, r -> r.received);
        rows.table().getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(rows.table(), Priority.ALWAYS);

        VBox box = new VBox(8, rows.table(), buttons(rows), form(rows), rows.error(), totals);
        box.getStyleClass().add("actions-tab");
        totals.setId("action-budget-totals");
        totals.getStyleClass().add("budget-totals");
        totals.setWrapText(true);
        totals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.budget.addListener((javafx.collections.ListChangeListener<BudgetRow>) c -> updateTotals());
        updateTotals();
        tab = new Tab(i18n.t("actions.tab.budget"), box);
        tab.setId("action-tab-budget");
        tab.setClosable(false);
    }

    /** Organisations that can fund, already in French alphabetical order. */
    void setFunders(List<OrganisationRef> organisations) {
        funder.getItems().setAll(organisations);
    }

    Tab tab() {
        return tab;
    }

    private HBox buttons(RowTable<BudgetRow> rows) {
        Button expense = new Button(i18n.t("actions.budget.addExpense"));
        expense.setId("budget-add-expense");
        expense.setOnAction(e -> rows.add(BudgetRow::new));
        Button income = new Button(i18n.t("actions.budget.addIncome"));
        income.setId("budget-add-income");
        income.setOnAction(e -> rows.add(() -> {
            BudgetRow row = new BudgetRow();
            row.type.set(BudgetLineType.INCOME);
            return row;
        }));
        Button remove = new Button(i18n.t("actions.budget.remove"));
        remove.disableProperty().bind(rows.table().getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> rows.removeSelected());
        return new HBox(8, expense, income, remove);
    }

    private GridPane form(RowTable<BudgetRow> rows) {
        ComboBox<BudgetLineType> type = Forms.enumCombo(i18n, BudgetLineType.values());
        TextField label = Forms.field("budget-label");
        funder.setConverter(Forms.converter(OrganisationRef::label));
        funder.setPromptText(i18n.t("actions.budget.noFunder"));
        TextField year = Forms.field("budget-year");
        year.setPrefColumnCount(5);
        TextField planned = Forms.field("budget-planned");
        TextField granted = Forms.field("budget-granted");
        TextField received = Forms.field("budget-received");
        for (TextField f : List.of(planned, granted, received)) {
            f.setPrefColumnCount(8);
        }
        Forms.RowBinding<BudgetRow> binding = new Forms.RowBinding<>();
        binding.value(type.valueProperty(), type, r -> r.type);
        binding.text(label, r -> r.label);
        binding.value(funder.valueProperty(), funder, r -> r.funder);
        binding.text(year, r -> r.year);
        binding.text(planned, r -> r.planned);
        binding.text(granted, r -> r.granted);
        binding.text(received, r -> r.received);
        rows.table().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> binding.bind(b));
        binding.bind(null);
        GridPane form = Forms.grid();
        HBox.setHgrow(label, Priority.ALWAYS);
        Forms.row(form, 0, i18n.t("actions.field.lineLabel"), Forms.line(type, label));
        Forms.row(form, 1, i18n.t("actions.field.funder"), Forms.line(funder, Forms.inline(i18n.t("actions.field.year")), year));
        Forms.row(form, 2, i18n.t("actions.field.amounts"), Forms.line(planned, Forms.inline(i18n.t("actions.field.granted")),
                granted, Forms.inline(i18n.t("actions.field.received")), received));
        return form;
    }

    private void updateTotals() {
        BudgetTotal total = BudgetTotal.ZERO;
        for (BudgetRow row : model.budget) {
            if (row.parses() && row.type.get() != null) {
                BudgetLine line = row.toLine();
                total = total.plus(line);
            }
        }
        Amounts income = total.income();
        totals.setText(i18n.t("actions.budget.totals", Formats.amount(total.expenses().planned()),
                Formats.amount(income.planned()), Formats.amount(income.granted()), Formats.amount(income.received())));
    }
}
