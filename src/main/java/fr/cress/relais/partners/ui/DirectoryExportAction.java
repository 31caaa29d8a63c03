package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.PartnersFeature;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Exports the directory (all of it, or what a list shows) to .xlsx, or its contacts to a CSV file for French
 * Excel: save dialog offering both formats with a sensible name, writing in the background, then a notice with
 * buttons to open the file or its folder.
 */
public final class DirectoryExportAction {

    private final PartnersFeature feature;
    private final UiContext ui;

    public DirectoryExportAction(PartnersFeature feature, UiContext ui) {
        this.feature = feature;
        this.ui = ui;
    }

    /** The whole directory (the Exports section). */
    public void exportAll() {
        choose().ifPresent(file -> write(file, null, null));
    }

    /** Exactly the rows a list shows (its current filter). */
    void exportShown(Directory shown, String filter) {
        choose().ifPresent(file -> write(file, shown, filter == null ? ui.i18n().t("partners.export.noFilter") : filter));
    }

    private java.util.Optional<Path> choose() {
        return ui.dialogs().chooseSaveFile(ui.i18n().t("partners.export.dialog"), feature.exporter().suggestedName(),
                List.of(new FileChooser.ExtensionFilter(ui.i18n().t("partners.export.filter"), "*.xlsx"),
                        new FileChooser.ExtensionFilter(ui.i18n().t("partners.export.filter.csv"), "*.csv")));
    }

    private void write(Path file, Directory shown, String selection) {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        ui.tasks().job(ui.i18n().t("partners.export.running"), progress -> {
                    Directory directory = shown != null ? shown : feature.partners().directory();
                    if (csv) {
                        feature.exporter().writeCsv(directory, file, progress);
                    } else {
                        feature.exporter().write(directory, selection, file, progress);
                    }
                    return file;
                })
                .cancellable()
                .onSuccess(f -> ui.dialogs().notify(ui.i18n().t("partners.export.done", f.getFileName()), f))
                .onFailure(ui.dialogs()::showError)
                .start();
    }
}
