package fr.cress.relais.partners.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The top of a detail form: its title (wrapping when long) and its buttons, which stay in sight. */
final class FormHeader {

    private FormHeader() {
    }

    static HBox of(Label title, Button... buttons) {
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox row = new HBox(8, title);
        for (Button b : buttons) {
            b.setMinWidth(Button.USE_PREF_SIZE);
            row.getChildren().add(b);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
