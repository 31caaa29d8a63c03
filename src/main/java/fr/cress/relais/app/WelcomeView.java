package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** First start on an empty store: start from the example programme 2007-2009, or start empty. */
final class WelcomeView {

    private final VBox box = new VBox(24);

    WelcomeView(I18n i18n, Runnable example, Runnable empty) {
        box.setId("welcome");
        box.getStyleClass().add("welcome");
        box.setAlignment(Pos.CENTER);
        Label title = new Label(i18n.t("app.welcome.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(i18n.t("app.welcome.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(640);
        intro.getStyleClass().add("welcome-intro");

        Button exampleButton = choice(i18n.t("app.welcome.example"), i18n.t("app.welcome.example.detail"),
                new FontIcon(Material2OutlinedAL.LIBRARY_BOOKS));
        exampleButton.setId("welcome-example");
        exampleButton.getStyleClass().add("accent");
        exampleButton.setDefaultButton(true);
        exampleButton.setOnAction(e -> example.run());
        Button emptyButton = choice(i18n.t("app.welcome.empty"), i18n.t("app.welcome.empty.detail"),
                new FontIcon(Material2OutlinedMZ.NOTE_ADD));
        emptyButton.setId("welcome-empty");
        emptyButton.setOnAction(e -> empty.run());

        HBox choices = new HBox(24, exampleButton, emptyButton);
        choices.setAlignment(Pos.CENTER);
        box.getChildren().addAll(title, intro, choices);
    }

    private static Button choice(String title, String detail, FontIcon icon) {
        icon.getStyleClass().add("welcome-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        Label text = new Label(detail);
        text.setWrapText(true);
        VBox content = new VBox(8, icon, heading, text);
        content.setAlignment(Pos.TOP_CENTER);
        content.setPrefWidth(280);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button button = new Button(null, content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().add("welcome-choice");
        button.setPrefWidth(320);
        button.setMinHeight(220);
        button.setAccessibleText(title);
        return button;
    }

    Node node() {
        return box;
    }
}
