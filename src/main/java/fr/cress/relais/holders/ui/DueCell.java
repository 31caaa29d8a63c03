package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.HolderRow;
import javafx.scene.control.TableCell;

/** The number of referrals due for follow-up, in the accent of a warning (« 2 à relancer » as tooltip). */
final class DueCell extends TableCell<HolderRow, Integer> {

    private final I18n i18n;

    DueCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("holders-due");
        if (empty || item == null || item == 0) {
            setText(null);
            return;
        }
        setText(Integer.toString(item));
        setTooltip(new javafx.scene.control.Tooltip(i18n.t("holders.list.dueCount", item)));
        getStyleClass().add("holders-due");
    }
}
