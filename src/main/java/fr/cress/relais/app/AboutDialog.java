package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** À propos: version, licence, and the credits of the data and libraries Relais ships. */
final class AboutDialog extends Dialog<Void> {

    AboutDialog(I18n i18n, Window owner) {
        initOwner(owner);
        setTitle(i18n.t("app.about.title"));
        Label name = new Label(AppInfo.name() + " " + AppInfo.version());
        name.getStyleClass().add("title-2");
        name.setId("about-version");
        Label purpose = new Label(i18n.t("app.about.purpose"));
        purpose.setWrapText(true);
        Label licence = new Label(i18n.t("app.about.licence"));
        licence.setWrapText(true);
        Label creditsTitle = new Label(i18n.t("app.about.credits"));
        creditsTitle.getStyleClass().add("title-4");
        TextArea credits = new TextArea(i18n.t("app.about.credits.text"));
        credits.setEditable(false);
        credits.setWrapText(true);
        credits.setPrefRowCount(9);
        credits.setId("about-credits");
        VBox content = new VBox(10, name, purpose, licence, creditsTitle, credits);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.t("common.action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
