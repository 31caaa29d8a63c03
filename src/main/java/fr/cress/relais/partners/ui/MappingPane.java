package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.importing.ColumnMapping;
import fr.cress.relais.partners.importing.ImportField;
import fr.cress.relais.partners.importing.ImportFile;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mapping step of the import: each column of the file (its header and a few values) and what it
 * holds, as Relais guessed it; the user corrects what is wrong. A field goes to one column only.
 */
final class MappingPane {

    private final GridPane grid = new GridPane();
    private final List<ComboBox<Choice<ImportField>>> boxes = new ArrayList<>();
    private ColumnMapping mapping;
    private boolean updating;

    MappingPane(ImportFile file, ColumnMapping start, I18n i18n) {
        this.mapping = start;
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("partners-mapping");
        javafx.scene.layout.ColumnConstraints headers = new javafx.scene.layout.ColumnConstraints();
        headers.setMinWidth(180);
        javafx.scene.layout.ColumnConstraints holds = new javafx.scene.layout.ColumnConstraints();
        holds.setMinWidth(260);
        grid.getColumnConstraints().addAll(headers, holds);
        grid.addRow(0, header(i18n.t("partners.import.column")), header(i18n.t("partners.import.holds")),
                header(i18n.t("partners.import.example")));
        ObservableList<Choice<ImportField>> choices = FXCollections.observableArrayList();
        choices.add(new Choice<>(null, i18n.t("partners.import.ignore")));
        for (ImportField field : ImportField.values()) {
            choices.add(new Choice<>(field, i18n.label(field)));
        }
        for (int i = 0; i < file.headers().size(); i++) {
            int column = i;
            ComboBox<Choice<ImportField>> box = new ComboBox<>(choices);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setId("import-map-" + i);
            box.valueProperty().addListener((o, a, b) -> changed(column, b));
            boxes.add(box);
            String header = file.headers().get(i).isBlank() ? i18n.t("partners.import.unnamed", i + 1) : file.headers().get(i);
            Label example = new Label(file.sample().stream().map(r -> column < r.size() ? r.get(column) : "")
                    .filter(v -> !v.isBlank()).limit(2).collect(Collectors.joining(" · ")));
            example.getStyleClass().add("text-muted");
            grid.addRow(i + 1, new Label(header), box, example);
        }
        refresh();
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    private void changed(int column, Choice<ImportField> choice) {
        if (!updating) {
            mapping = mapping.with(column, choice == null ? null : choice.value());
            refresh();
        }
    }

    private void refresh() {
        updating = true;
        try {
            for (int i = 0; i < boxes.size(); i++) {
                ImportField field = mapping.fields().get(i);
                ComboBox<Choice<ImportField>> box = boxes.get(i);
                box.setValue(box.getItems().stream().filter(c -> c.value() == field).findFirst().orElse(box.getItems().get(0)));
            }
        } finally {
            updating = false;
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }
}
