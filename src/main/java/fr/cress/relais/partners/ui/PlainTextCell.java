package fr.cress.relais.partners.ui;

import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;

import java.util.function.Function;

/**
 * A table cell that shows its value as one line of text drawn by a single {@link javafx.scene.text.Text} node
 * ({@link PlainTextCellSkin}), without the label of the default cell's skin. It looks the same as a default cell
 * (padding, alignment, font, colours of selected rows, « … » when the text is too long, width fitted to the content
 * on a double click on the header's edge) but costs less to set again: a keystroke of the filter may give every
 * visible row another contact. The cell's text ({@link #getText()}) is the whole value, as with a default cell.
 */
final class PlainTextCell<R, T> extends TableCell<R, T> {

    private final Function<T, String> format;

    PlainTextCell(Function<T, String> format) {
        this.format = format;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format.apply(item));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PlainTextCellSkin(this);
    }
}
