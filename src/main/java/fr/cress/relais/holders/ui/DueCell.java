package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.HolderRow;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The number of referrals due for follow-up, in the accent of a warning (« 2 à relancer » as tooltip). One
 * tooltip per cell, made the first time the mouse comes over a number; a pseudo-class rather than a style class.
 */
final class DueCell extends TableCell<HolderRow, Integer> {

    private static final PseudoClass DUE = PseudoClass.getPseudoClass("due");

    private final I18n i18n;
    private Tooltip tooltip;

    DueCell(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("holders-due-cell");
        // The tooltip is made when the mouse first comes over a cell with follow-ups due, not with each cell.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tooltip == null && due(getItem(), isEmpty())) {
                tooltip = new Tooltip(text(getItem()));
                setTooltip(tooltip);
            }
        });
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        boolean due = due(item, empty);
        pseudoClassStateChanged(DUE, due);
        if (!due) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(Integer.toString(item));
        if (tooltip != null) {
            tooltip.setText(text(item));
            setTooltip(tooltip);
        }
    }

    private static boolean due(Integer item, boolean empty) {
        return !empty && item != null && item != 0;
    }

    private String text(Integer item) {
        return i18n.t("holders.list.dueCount", item);
    }
}
