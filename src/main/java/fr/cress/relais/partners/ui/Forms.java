package fr.cress.relais.partners.ui;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Two-column forms: a label on the left (with a mnemonic to its field), the field on the right. */
final class Forms {

    private static final double LABEL_WIDTH = 150;

    private final GridPane grid = new GridPane();
    private int row;

    Forms() {
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("partners-form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(110);
        labels.setPrefWidth(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    GridPane grid() {
        return grid;
    }

    /** A field with its label; {@code id} names the control for tests and keyboard navigation. */
    <C extends Control> C field(String label, String id, C control) {
        Label text = new Label(label);
        text.setLabelFor(control);
        text.setMnemonicParsing(true);
        text.setWrapText(true);
        text.setMaxWidth(LABEL_WIDTH);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        text.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, text, control);
        return control;
    }

    /** A heading spanning both columns. */
    void section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-4", "partners-form-section");
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row++, 2, 1);
    }

    void wide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }
}
