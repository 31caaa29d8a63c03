package fr.cress.relais.app;

import fr.cress.relais.common.settings.UiSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximised state; never restores it off screen. */
final class WindowState {

    private static final String PREFIX = "window.";

    private WindowState() {
    }

    static void restore(Stage stage, UiSettings settings) {
        double width = settings.getDouble(PREFIX + "width", 1280);
        double height = settings.getDouble(PREFIX + "height", 800);
        double x = settings.getDouble(PREFIX + "x", Double.NaN);
        double y = settings.getDouble(PREFIX + "y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        boolean visible = !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, Math.min(width, 200), Math.min(height, 100)).isEmpty();
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(PREFIX + "maximized", false));
    }

    static void save(Stage stage, UiSettings settings) {
        settings.put(PREFIX + "maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(PREFIX + "x", Double.toString(stage.getX()));
            settings.put(PREFIX + "y", Double.toString(stage.getY()));
            settings.put(PREFIX + "width", Double.toString(stage.getWidth()));
            settings.put(PREFIX + "height", Double.toString(stage.getHeight()));
        }
    }
}
