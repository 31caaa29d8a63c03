package fr.cress.relais.partners.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The top of a detail form: its title (wrapping when long) and, below it, its buttons; both stay in sight. */
final class FormHeader {

    private FormHeader() {
    }

    static VBox of(Label title, Button... buttons) {
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, title, row);
    }
}
