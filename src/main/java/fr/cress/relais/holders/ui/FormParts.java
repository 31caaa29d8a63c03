package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.Arrays;

/** The building blocks of the holder's form: titled sections, label/field grids, bound fields. */
final class FormParts {

    private final I18n i18n;

    FormParts(I18n i18n) {
        this.i18n = i18n;
    }

    TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    DatePicker date(String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = FrenchDates.picker(id, i18n.t("holders.form.datePrompt"));
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    <T extends Labelled> ComboBox<T> combo(String id, T[] values, ObjectProperty<T> property, String noneKey) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        if (noneKey != null) {
            combo.getItems().add(null);
        }
        combo.getItems().addAll(Arrays.asList(values));
        Labels.show(combo, Labels.converter(i18n, noneKey == null ? "" : i18n.t(noneKey)));
        combo.valueProperty().bindBidirectional(property);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(195);
        labels.setPrefWidth(195);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(i18n.t(key));
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        grid.addRow(row, label, field);
    }

    Node section(String key, Node body) {
        Label title = new Label(i18n.t(key));
        title.getStyleClass().add("title-4");
        return new VBox(8, title, body);
    }
}
