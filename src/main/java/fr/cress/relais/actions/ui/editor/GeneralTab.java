package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.ActionKind;
import fr.cress.relais.actions.ActionStatus;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** Général: title, kind, status, objective, years, dates, place, description, results and notes. */
final class GeneralTab {

    /** Dates are typed and shown the French way, whatever the system's locale. */
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Tab tab;
    private final ComboBox<Objective> objective = new ComboBox<>();

    GeneralTab(I18n i18n, ActionEditorModel model) {
        TextField title = Forms.field("action-title");
        title.textProperty().bindBidirectional(model.title);
        ComboBox<ActionKind> kind = Forms.enumCombo(i18n, ActionKind.values());
        kind.setId("action-kind");
        kind.valueProperty().bindBidirectional(model.kind);
        ComboBox<ActionStatus> status = Forms.enumCombo(i18n, ActionStatus.values());
        status.setId("action-status");
        status.valueProperty().bindBidirectional(model.status);
        objective.setId("action-objective");
        objective.setMaxWidth(Double.MAX_VALUE);
        objective.valueProperty().bindBidirectional(model.objective);
        TextField startYear = yearField("action-start-year");
        startYear.textProperty().bindBidirectional(model.startYear);
        TextField endYear = yearField("action-end-year");
        endYear.textProperty().bindBidirectional(model.endYear);
        DatePicker startDate = datePicker("action-start-date", i18n.t("actions.field.datePrompt"));
        startDate.valueProperty().bindBidirectional(model.startDate);
        DatePicker endDate = datePicker("action-end-date", i18n.t("actions.field.datePrompt"));
        endDate.valueProperty().bindBidirectional(model.endDate);
        TextField place = Forms.field("action-place");
        place.textProperty().bindBidirectional(model.place);

        GridPane grid = Forms.grid();
        int r = 0;
        Forms.row(grid, r++, i18n.t("actions.field.title"),
                new VBox(4, title, Forms.errorLabel(model.problems(), "title", title)));
        Forms.row(grid, r++, i18n.t("actions.field.kind"), centred(new HBox(12, kind,
                Forms.inline(i18n.t("actions.field.status")), status)));
        Forms.row(grid, r++, i18n.t("actions.field.objective"),
                new VBox(4, objective, Forms.errorLabel(model.problems(), "objective", objective)));
        Forms.row(grid, r++, i18n.t("actions.field.years"), new VBox(4,
                centred(new HBox(8, startYear, Forms.inline("–"), endYear)),
                Forms.errorLabel(model.problems(), "years", startYear, endYear)));
        Forms.row(grid, r++, i18n.t("actions.field.dates"), new VBox(4,
                centred(new HBox(8, startDate, Forms.inline("–"), endDate)),
                Forms.errorLabel(model.problems(), "dates", startDate, endDate)));
        Forms.row(grid, r++, i18n.t("actions.field.place"), place);
        Forms.row(grid, r++, i18n.t("actions.field.description"), area("action-description", model.description, 3));
        Forms.row(grid, r++, i18n.t("actions.field.results"), area("action-results", model.results, 3));
        Forms.row(grid, r, i18n.t("actions.field.notes"), area("action-notes", model.notes, 2));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        tab = new Tab(i18n.t("actions.tab.general"), scroll);
        tab.setId("action-tab-general");
        tab.setClosable(false);
    }

    /** The objectives the action can be placed in, shown as « 1.2 Développer… ». */
    void setObjectives(List<Objective> objectives, Function<Objective, String> label) {
        Objective selected = objective.getValue();
        objective.setConverter(Forms.converter(label));
        objective.setCellFactory(list -> Forms.cell(label));
        objective.getItems().setAll(objectives);
        objective.setValue(selected);
    }

    Tab tab() {
        return tab;
    }

    private static HBox centred(HBox box) {
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static TextField yearField(String id) {
        TextField field = Forms.field(id);
        field.setPrefColumnCount(5);
        return field;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(150);
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(DATE, DATE));
        picker.setPromptText(prompt);
        return picker;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
