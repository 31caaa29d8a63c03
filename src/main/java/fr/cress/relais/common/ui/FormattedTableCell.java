package fr.cress.relais.common.ui;

import javafx.scene.control.TableCell;

import java.util.function.Function;

/**
 * A table cell that shows its value as text through a formatting function (dates the French way, labels of enums):
 * nothing on an empty row or for a missing value. A cell needing a lighter skin extends it.
 */
public class FormattedTableCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> format;

    public FormattedTableCell(Function<T, String> format) {
        this.format = format;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format.apply(item));
    }
}
