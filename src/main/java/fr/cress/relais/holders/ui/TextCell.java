package fr.cress.relais.holders.ui;

import javafx.scene.control.TableCell;

import java.util.function.Function;

/** A table cell that shows its value through a formatting function (dates, labels). */
class TextCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> format;

    TextCell(Function<T, String> format) {
        this.format = format;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format.apply(item));
    }
}
