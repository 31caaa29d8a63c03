package fr.cress.relais.actions.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A table of rows edited in a form below it (indicators, budget lines): rows with a problem are flagged,
 * Suppr removes the selected row, {@link #add} appends a row and selects it.
 */
final class RowTable<R> {

    private final TableView<R> table = new TableView<>();
    private final ObservableList<R> rows;
    private final ObservableMap<String, String> problems;
    private final String field;
    private final Label error = new Label();
    private int lastSelected = -1;

    RowTable(String id, ObservableList<R> rows, ObservableMap<String, String> problems, String field, String empty) {
        this.rows = rows;
        this.problems = problems;
        this.field = field;
        table.setId(id);
        table.setItems(rows);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                pseudoClassStateChanged(Styles.STATE_DANGER, !isEmpty && problems.containsKey(field + "." + getIndex()));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected() != null) {
                rows.remove(selected());
                e.consume();
            }
        });
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        problems.addListener((MapChangeListener<String, String>) c -> refreshProblems());
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                lastSelected = b.intValue();
            }
            refreshProblems();
        });
        rows.addListener((javafx.collections.ListChangeListener<R>) c -> keepSelectionOnReload(c));
        refreshProblems();
    }

    <T> void column(String header, double width, Function<R, ObservableValue<T>> value) {
        TableColumn<R, T> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        table.getColumns().add(column);
    }

    void add(Supplier<R> newRow) {
        R row = newRow.get();
        rows.add(row);
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    void removeSelected() {
        if (selected() != null) {
            rows.remove(selected());
        }
    }

    /** When the rows are reloaded (after a save), the same row stays selected. */
    private void keepSelectionOnReload(javafx.collections.ListChangeListener.Change<? extends R> c) {
        boolean replaced = false;
        while (c.next()) {
            replaced |= c.wasReplaced() && c.getFrom() == 0;
        }
        if (replaced && lastSelected >= 0 && lastSelected < rows.size() && selected() == null) {
            table.getSelectionModel().select(lastSelected);
        }
    }

    R selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    TableView<R> table() {
        return table;
    }

    /** The problem of the selected row, shown under the form. */
    Label error() {
        return error;
    }

    private void refreshProblems() {
        int index = table.getSelectionModel().getSelectedIndex();
        String message = index < 0 ? null : problems.get(field + "." + index);
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
        table.refresh();
    }
}
