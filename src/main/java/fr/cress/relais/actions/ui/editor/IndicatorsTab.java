package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.common.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Indicateurs: per year, planned and achieved figures with their ratio, and qualitative results. */
final class IndicatorsTab {

    private final Tab tab;

    IndicatorsTab(I18n i18n, ActionEditorModel model) {
        RowTable<IndicatorRow> rows = new RowTable<>("action-indicators", model.indicators, model.problems(),
                "indicator", i18n.t("actions.indicators.empty"));
        rows.column(i18n.t("actions.col.year"), 70, r -> r.year);
        rows.column(i18n.t("actions.col.indicator"), 220, r -> r.name);
        rows.column(i18n.t("actions.col.unit"), 110, r -> r.unit);
        rows.column(i18n.t("actions.col.planned"), 80, r -> r.planned);
        rows.column(i18n.t("actions.col.achieved"), 80, r -> r.achieved);
        rows.column(i18n.t("actions.col.ratio"), 70, r -> r.ratio);
        rows.column(i18n.t("actions.col.results"), 220, r -> r.qualitative);
        rows.table().getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(rows.table(), Priority.ALWAYS);

        TextField year = Forms.field("indicator-year");
        year.setPrefColumnCount(5);
        TextField name = Forms.field("indicator-name");
        TextField unit = Forms.field("indicator-unit");
        TextField planned = Forms.field("indicator-planned");
        planned.setPrefColumnCount(8);
        TextField achieved = Forms.field("indicator-achieved");
        achieved.setPrefColumnCount(8);
        TextArea qualitative = new TextArea();
        qualitative.setId("indicator-qualitative");
        qualitative.setPrefRowCount(2);
        qualitative.setWrapText(true);
        Forms.RowBinding<IndicatorRow> binding = new Forms.RowBinding<>();
        binding.text(year, r -> r.year);
        binding.text(name, r -> r.name);
        binding.text(unit, r -> r.unit);
        binding.text(planned, r -> r.planned);
        binding.text(achieved, r -> r.achieved);
        binding.text(qualitative, r -> r.qualitative);
        rows.table().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> binding.bind(b));
        binding.bind(null);

        GridPane form = Forms.grid();
        Forms.row(form, 0, i18n.t("actions.field.indicatorName"), Forms.line(name, labelled(i18n, "actions.field.unit", unit),
                labelled(i18n, "actions.field.year", year)));
        Forms.row(form, 1, i18n.t("actions.field.planned"), Forms.line(planned,
                labelled(i18n, "actions.field.achieved", achieved)));
        Forms.row(form, 2, i18n.t("actions.field.qualitative"), qualitative);
        HBox.setHgrow(name, Priority.ALWAYS);

        Button add = new Button(i18n.t("actions.indicators.add"));
        add.setId("indicator-add");
        add.setOnAction(e -> {
            rows.add(IndicatorRow::new);
            name.requestFocus();
        });
        Button remove = new Button(i18n.t("actions.indicators.remove"));
        remove.disableProperty().bind(rows.table().getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> rows.removeSelected());

        VBox box = new VBox(8, rows.table(), new HBox(8, add, remove), form, rows.error());
        box.getStyleClass().add("actions-tab");
        tab = new Tab(i18n.t("actions.tab.indicators"), box);
        tab.setId("action-tab-indicators");
        tab.setClosable(false);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("actions.tab.indicatorsCount", model.indicators.size()), model.indicators));
    }

    private static HBox labelled(I18n i18n, String key, javafx.scene.control.Control field) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(i18n.t(key));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, field);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    Tab tab() {
        return tab;
    }
}
