package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.ServerAddress;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** Asks the password of the shared store at start, when neither the credential store nor the environment has it. */
final class PasswordDialog extends Dialog<String> {

    private final CheckBox remember;

    PasswordDialog(I18n i18n, Window owner, ServerAddress server) {
        initOwner(owner);
        setTitle(i18n.t("app.server.askTitle"));
        setHeaderText(i18n.t("app.server.ask", server.display()));
        PasswordField password = new PasswordField();
        password.setId("server-password-ask");
        password.setPromptText(i18n.t("app.server.password"));
        remember = new CheckBox(i18n.t("app.server.remember"));
        remember.setId("server-password-remember");
        Label label = new Label(i18n.t("app.server.password"));
        label.setLabelFor(password);
        VBox content = new VBox(8, label, password, remember);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(i18n.t("app.server.connect"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResultConverter(button -> button == ok ? password.getText() : null);
        setOnShown(e -> password.requestFocus());
    }

    /** The typed password, or empty when the user cancelled. */
    Optional<String> ask() {
        return showAndWait();
    }

    boolean remember() {
        return remember.isSelected();
    }
}
