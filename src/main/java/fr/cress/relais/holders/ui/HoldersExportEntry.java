package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.HoldersExport;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Exports: « Porteurs de projet ». Anonymised unless the user ticks « Inclure les noms » and confirms; then a
 * save dialog, the workbook written in the background, and a notice to open it.
 */
public final class HoldersExportEntry {

    private final HoldersExport export;
    private final UiContext ui;
    private final I18n i18n;

    public HoldersExportEntry(HoldersExport export, UiContext ui) {
        this.export = export;
        this.ui = ui;
        this.i18n = ui.i18n();
    }

    public ExportEntry entry() {
        return new ExportEntry("holders.export.title", "holders.export.description", Material2OutlinedAL.LIGHTBULB,
                this::run);
    }

    private void run() {
        askWithNames().ifPresent(withNames -> {
            if (withNames && !ui.dialogs().confirm(i18n.t("holders.export.names.title"),
                    i18n.t("holders.export.names.warning"), i18n.t("holders.export.names.confirm"))) {
                return;
            }
            ui.tasks().job(i18n.t("holders.export.progress"), p -> export.suggestedFileName(withNames))
                    .onSuccess(name -> choose(name, withNames))
                    .onFailure(ui.dialogs()::showError)
                    .start();
        });
    }

    private void choose(String name, boolean withNames) {
        Optional<Path> file = ui.dialogs().chooseSaveFile(i18n.t("holders.export.title"), name,
                new FileChooser.ExtensionFilter(i18n.t("holders.export.filter"), "*.xlsx"));
        file.ifPresent(path -> ui.tasks().job(i18n.t("holders.export.progress"), p -> export.write(path, withNames, p))
                .cancellable()
                .onSuccess(result -> ui.dialogs().notify(i18n.t(result.withNames() ? "holders.export.doneNamed"
                        : "holders.export.done", result.holders(), result.file().getFileName()), result.file()))
                .onFailure(ui.dialogs()::showError)
                .start());
    }

    /** The question « include names? »: empty when the user cancels. */
    private Optional<Boolean> askWithNames() {
        Dialog<Boolean> dialog = new Dialog<>();
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(dialog::initOwner);
        dialog.setTitle(i18n.t("holders.export.title"));
        dialog.setHeaderText(null);
        Label text = new Label(i18n.t("holders.export.question"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        CheckBox names = new CheckBox(i18n.t("holders.export.withNames"));
        names.setId("holders-export-names");
        names.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(12, text, names));
        ButtonType ok = new ButtonType(i18n.t("holders.export.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok ? names.isSelected() : null);
        return dialog.showAndWait();
    }
}
