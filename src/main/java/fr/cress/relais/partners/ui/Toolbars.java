package fr.cress.relais.partners.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
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

    /**
     * The tooltip is made when the pointer first reaches the button (it shows, as any tooltip, after the usual
     * delay): a tooltip is a popup window of its own, not worth building with the list.
     */
    static Button withTooltip(Button button, String text) {
        button.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                button.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (button.getTooltip() == null) {
                    button.setTooltip(new Tooltip(text));
                }
            }
        });
        return button;
    }
}
