package fr.cress.relais.territory.ui;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps within the column (long lists of territories, publics). */
final class WrappingCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    WrappingCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        text.getStyleClass().add("wrapping-cell-text");
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }
}
