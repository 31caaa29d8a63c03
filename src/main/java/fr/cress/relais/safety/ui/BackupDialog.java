package fr.cress.relais.safety.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.safety.SafetyContext;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** Asks where the backup goes: the backups folder of Relais (default), or another folder. */
final class BackupDialog {

    private final Dialog<Boolean> dialog = new Dialog<>();

    BackupDialog(SafetyContext ctx) {
        I18n i18n = ctx.i18n();
        dialog.initOwner(ctx.host().owner());
        dialog.setTitle(i18n.t("safety.backup.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().add(SafetyStyles.URL);
        dialog.getDialogPane().setId("backup-dialog");

        Label intro = new Label(i18n.t("safety.backup.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        ToggleGroup where = new ToggleGroup();
        RadioButton inFolder = new RadioButton(i18n.t("safety.backup.inFolder"));
        inFolder.setId("backup-in-folder");
        inFolder.setToggleGroup(where);
        inFolder.setSelected(true);
        Label folder = new Label(ctx.backups().folder().toString());
        folder.getStyleClass().addAll("text-muted", "backup-folder");
        folder.setWrapText(true);
        folder.setMaxWidth(500);
        RadioButton elsewhere = new RadioButton(i18n.t("safety.backup.elsewhere"));
        elsewhere.setId("backup-elsewhere");
        elsewhere.setToggleGroup(where);
        VBox content = new VBox(10, intro, inFolder, folder, elsewhere);
        content.getStyleClass().add("backup-dialog-content");
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(i18n.t("safety.backup.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.setResultConverter(button -> button == save ? elsewhere.isSelected() : null);
    }

    /** Empty when cancelled; true to choose another folder. */
    Optional<Boolean> showAndWait() {
        return dialog.showAndWait();
    }
}
