package fr.cress.relais.partners.ui;

import fr.cress.relais.common.ui.FormattedTableCell;
import javafx.scene.control.Skin;

import java.util.function.Function;

/**
 * A table cell that shows its value as one line of text drawn by a single {@link javafx.scene.text.Text} node
 * ({@link PlainTextCellSkin}), without the label of the default cell's skin. It looks the same as a default cell
 * (padding, alignment, font, colours of selected rows, « … » when the text is too long, width fitted to the content
 * on a double click on the header's edge) but costs less to set again: a keystroke of the filter may give every
 * visible row another contact. The cell's text ({@link #getText()}) is the whole value, as with a default cell.
 */
final class PlainTextCell<R, T> extends FormattedTableCell<R, T> {

    PlainTextCell(Function<T, String> format) {
        super(format);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PlainTextCellSkin(this);
    }
}
