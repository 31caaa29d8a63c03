package fr.cress.relais.common.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * A tooltip made when the mouse first comes over its control, not with the control: each tooltip is a popup
 * window with a scene of its own, which a section opening with a dozen buttons would otherwise build before
 * showing its first rows. The tooltip then behaves as one set at once (it shows after the usual hover delay).
 */
public final class HoverTooltip {

    private HoverTooltip() {
    }

    public static void install(Control control, String text) {
        install(control, () -> text);
    }

    /** {@code text} is asked when the mouse first comes over the control. */
    public static void install(Control control, Supplier<String> text) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text.get()));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
