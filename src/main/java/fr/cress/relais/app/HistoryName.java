package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.db.history.ActingUser;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * « Votre nom dans l’historique »: the name written beside each of this user's changes. Empty means the
 * session name of the operating system. Kept in the user's settings, applied to the open store at once.
 */
final class HistoryName {

    static final String SETTING = "history.name";

    private HistoryName() {
    }

    static void choose(I18n i18n, UiSettings settings, ActingUser user, Window owner) {
        TextInputDialog dialog = new TextInputDialog(settings.get(SETTING).orElse(""));
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("team.settings.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(i18n.t("team.settings.text", ActingUser.systemName()));
        dialog.getEditor().setId("history-name");
        dialog.getEditor().setPromptText(ActingUser.systemName());
        dialog.showAndWait().ifPresent(name -> {
            settings.put(SETTING, name.strip());
            settings.save();
            user.use(name);
        });
    }
}
