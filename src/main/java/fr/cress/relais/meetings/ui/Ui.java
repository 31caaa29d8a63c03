package fr.cress.relais.meetings.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import fr.cress.relais.common.ui.HoverTooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders shared by the meeting views. */
final class Ui {

    private Ui() {
    }

    static Button button(String id, String text, Ikon icon, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMnemonicParsing(false);
        return button;
    }

    static Button button(String id, String text, Ikon icon, String tooltip, Runnable action) {
        Button button = button(id, text, icon, action);
        HoverTooltip.install(button, tooltip);
        return button;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    static HBox bar(javafx.scene.Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.getStyleClass().add("meetings-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }
}
