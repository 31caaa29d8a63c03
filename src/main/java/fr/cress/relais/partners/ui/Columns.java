package fr.cress.relais.partners.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table columns of the directory: an id (for the remembered widths), a header, a value that sorts well. */
final class Columns {

    private Columns() {
    }

    static <R, V> TableColumn<R, V> of(String id, String header, double width, Function<R, V> value) {
        TableColumn<R, V> column = new TableColumn<>(header);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
