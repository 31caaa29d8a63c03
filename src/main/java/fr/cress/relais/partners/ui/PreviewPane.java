package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.partners.importing.ImportCounts;
import fr.cress.relais.partners.importing.ImportPreview;
import fr.cress.relais.partners.importing.PlannedRow;
import fr.cress.relais.partners.importing.RowStatus;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The preview step of the import: what each row will do (new, update, duplicate, error) and why. */
final class PreviewPane {

    private final VBox box = new VBox(8);
    private final CheckBox skipErrors;
    private final ImportPreview preview;

    PreviewPane(ImportPreview preview, I18n i18n) {
        this.preview = preview;
        ImportCounts c = preview.plan().counts();
        Label summary = new Label(i18n.t("partners.import.previewSummary", c.rows(), c.newRows(), c.updatedRows(),
                c.skippedRows(), c.errorRows()));
        summary.setId("import-summary");
        summary.setWrapText(true);
        Label records = new Label(i18n.t("partners.import.previewRecords", c.organisationsCreated(),
                c.contactsCreated(), c.membershipsCreated(), c.recordsUpdated()));
        records.getStyleClass().add("text-muted");
        TableView<PlannedRow> table = new TableView<>();
        table.setId("import-preview");
        TableColumn<PlannedRow, Long> line = Columns.of("line", i18n.t("partners.import.line"), 60, PlannedRow::line);
        TableColumn<PlannedRow, RowStatus> status = Columns.of("status", i18n.t("partners.import.status"), 110,
                PlannedRow::status);
        status.setCellFactory(col -> new FormattedTableCell<>(i18n::label));
        TableColumn<PlannedRow, String> what = Columns.of("what", i18n.t("partners.import.what"), 240, PlannedRow::label);
        TableColumn<PlannedRow, String> why = Columns.of("why", i18n.t("partners.import.why"), 380, r -> r.reasons(i18n));
        table.getColumns().addAll(List.of(line, status, what, why));
        table.getItems().setAll(preview.plan().rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlannedRow item, boolean empty) {
                super.updateItem(item, empty);
                for (RowStatus s : RowStatus.values()) {
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(s.name().toLowerCase()),
                            !empty && item != null && item.status() == s);
                }
            }
        });
        skipErrors = new CheckBox(i18n.t("partners.import.skipErrors"));
        skipErrors.setId("import-skip-errors");
        skipErrors.setVisible(c.errorRows() > 0);
        skipErrors.setManaged(c.errorRows() > 0);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getChildren().addAll(summary, records, table, skipErrors);
    }

    Node node() {
        return box;
    }

    boolean skipErrors() {
        return skipErrors.isSelected();
    }

    /** False when rows have errors and the user did not choose to leave them out. */
    boolean canImport() {
        return preview.plan().errors().isEmpty() || skipErrors.isSelected();
    }

    CheckBox skipErrorsBox() {
        return skipErrors;
    }
}
