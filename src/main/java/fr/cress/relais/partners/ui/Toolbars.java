package fr.cress.relais.partners.ui;

import fr.cress.relais.common.ui.HoverTooltip;
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
        Button button = withTooltip(button(id, null, icon, action), text);
        button.setAccessibleText(text);
        return button;
    }

    /** The tooltip is made when the pointer first reaches the button ({@link HoverTooltip}). */
    static Button withTooltip(Button button, String text) {
        HoverTooltip.install(button, text);
        return button;
    }
}
