package fr.cress.relais.partners.ui;

import javafx.scene.control.TableCell;

import java.util.function.Function;

/** Table cells that show a value as text (dates the French way, enums by their label). */
final class Cells {

    private Cells() {
    }

    static <R, T> TableCell<R, T> text(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
