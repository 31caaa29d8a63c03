package fr.cress.relais.safety.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.safety.BackupFile;
import fr.cress.relais.safety.SafetyContext;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * Fichier > Restaurer une sauvegarde… : the backups of the store folder with « Restaurer celle-ci », or
 * « Choisir un autre fichier… ».
 */
final class RestoreDialog {

    /** The user's choice: a backup of the list, or (backup null) another file to pick. */
    record Choice(BackupFile backup) {
        boolean otherFile() {
            return backup == null;
        }
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    RestoreDialog(SafetyContext ctx, List<BackupFile> backups) {
        I18n i18n = ctx.i18n();
        dialog.initOwner(ctx.host().owner());
        dialog.setTitle(i18n.t("safety.restore.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(SafetyStyles.URL);
        dialog.getDialogPane().setId("restore-dialog");

        Label intro = new Label(i18n.t("safety.restore.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(620);
        BackupTable table = new BackupTable(i18n, ctx.labels(), backup -> {
            dialog.setResult(new Choice(backup));
            dialog.close();
        });
        table.show(backups, i18n.t("safety.backups.none", ctx.backups().folder()));
        table.node().setPrefSize(680, 300);
        dialog.getDialogPane().setContent(new VBox(12, intro, table.node()));

        ButtonType other = new ButtonType(i18n.t("safety.restore.otherFile"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(i18n.t("common.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(other, close);
        dialog.setResultConverter(button -> button == other ? new Choice(null) : null);
    }

    /** Empty when closed without a choice. */
    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }
}
