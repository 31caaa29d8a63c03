package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.CoverageService;
import javafx.stage.FileChooser;

import java.time.LocalDate;

/** Writes the coverage matrix: save dialog with a sensible name, background job, notice with « Ouvrir ». */
public final class CoverageExportAction implements Runnable {

    private final UiContext ui;
    private final CoverageService coverage;

    public CoverageExportAction(UiContext ui, CoverageService coverage) {
        this.ui = ui;
        this.coverage = coverage;
    }

    @Override
    public void run() {
        I18n i18n = ui.i18n();
        String name = i18n.t("territory.export.fileName", Formats.date(LocalDate.now()).replace('/', '-')) + ".xlsx";
        ui.dialogs().chooseSaveFile(i18n.t("territory.export.title"), name,
                        new FileChooser.ExtensionFilter(i18n.t("territory.export.fileType"), "*.xlsx"))
                .ifPresent(file -> ui.tasks().job(i18n.t("territory.export.running"), p -> {
                            coverage.exportMatrix(file, p);
                            return file;
                        })
                        .cancellable()
                        .onSuccess(f -> ui.dialogs().notify(i18n.t("territory.export.done", f.getFileName()), f))
                        .onFailure(ui.dialogs()::showError)
                        .start());
    }
}
