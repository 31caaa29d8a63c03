package fr.cress.relais.common.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A calm placeholder that says what is missing and what to do next; optionally with one action. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, String title, String message) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setFillWidth(false);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-3", "empty-state-title");
        heading.setWrapText(true);
        Label text = new Label(message);
        text.getStyleClass().add("empty-state-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        getChildren().addAll(glyph, heading, text);
    }

    public EmptyState withAction(String label, Runnable action) {
        Button button = new Button(label);
        button.getStyleClass().add("accent");
        button.setOnAction(e -> action.run());
        getChildren().add(button);
        return this;
    }
}
