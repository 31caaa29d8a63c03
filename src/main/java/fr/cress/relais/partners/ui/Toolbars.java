package fr.cress.relais.partners.ui;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The row of actions above a list. */
final class Toolbars {

    private Toolbars() {
    }

    static Button button(String id, String text, Ikon icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    static javafx.scene.layout.HBox of(javafx.scene.Node... items) {
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, items);
        bar.getStyleClass().add("partners-toolbar");
        return bar;
    }

    /** A button showing only its icon, its text as a tooltip (for the less used actions). */
    static Button icon(String id, String text, Ikon icon, Runnable action) {
        Button button = button(id, null, icon, action);
        button.setTooltip(new javafx.scene.control.Tooltip(text));
        button.setAccessibleText(text);
        return button;
    }

    static Button withTooltip(Button button, String text) {
        button.setTooltip(new javafx.scene.control.Tooltip(text));
        return button;
    }
}
