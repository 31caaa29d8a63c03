package fr.cress.relais.safety.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.safety.BackupFile;
import fr.cress.relais.safety.BackupLabels;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/** The backups of the store folder, newest first: date, occasion, size, and « Restaurer celle-ci ». */
final class BackupTable {

    private final TableView<BackupFile> table = new TableView<>();
    private final Label placeholder = new Label();

    BackupTable(I18n i18n, BackupLabels labels, Consumer<BackupFile> restore) {
        table.getStyleClass().add("backup-table");
        table.setId("backup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder.setText(i18n.t("safety.backups.loading"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);

        TableColumn<BackupFile, LocalDateTime> date = new TableColumn<>(i18n.t("safety.backups.column.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().takenAt()));
        date.setCellFactory(c -> text(labels::when));
        date.setSortType(TableColumn.SortType.DESCENDING);
        date.setPrefWidth(190);
        TableColumn<BackupFile, String> kind = new TableColumn<>(i18n.t("safety.backups.column.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(labels.kind(c.getValue())));
        kind.setPrefWidth(200);
        TableColumn<BackupFile, Long> size = new TableColumn<>(i18n.t("safety.backups.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size()));
        size.setCellFactory(c -> text(labels::size));
        size.getStyleClass().add("numeric");
        size.setPrefWidth(90);
        TableColumn<BackupFile, BackupFile> action = new TableColumn<>();
        action.setSortable(false);
        action.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        action.setCellFactory(c -> new RestoreCell(i18n.t("safety.backups.restoreThis"), restore));
        action.setPrefWidth(170);
        table.getColumns().setAll(List.of(date, kind, size, action));
        table.getSortOrder().add(date);

        table.setOnKeyPressed(e -> {
            BackupFile selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                restore.accept(selected);
            }
        });
    }

    void show(List<BackupFile> backups, String whenEmpty) {
        placeholder.setText(whenEmpty);
        table.setItems(FXCollections.observableArrayList(backups));
        table.sort();
        table.getSelectionModel().selectFirst();
    }

    TableView<BackupFile> node() {
        return table;
    }

    private static <T> TableCell<BackupFile, T> text(java.util.function.Function<T, String> format) {
        return new FormattedTableCell<>(format);
    }

    private static final class RestoreCell extends TableCell<BackupFile, BackupFile> {
        private final Button button;

        RestoreCell(String label, Consumer<BackupFile> restore) {
            button = new Button(label);
            button.getStyleClass().addAll("restore-this", "small");
            button.setOnAction(e -> restore.accept(getItem()));
        }

        @Override
        protected void updateItem(BackupFile item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : button);
            button.getStyleClass().remove("accent");
            if (!empty && getIndex() == 0) {
                button.getStyleClass().add("accent"); // the newest backup: the one to restore first
            }
        }
    }
}
