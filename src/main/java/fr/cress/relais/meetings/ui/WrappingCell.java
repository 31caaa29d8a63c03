package fr.cress.relais.meetings.ui;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps within the column (long decisions, long titles). */
final class WrappingCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    WrappingCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(16));
        text.getStyleClass().add("wrapping-cell-text");
        getStyleClass().add("wrapping-cell");
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
        setText(null);
    }
}
