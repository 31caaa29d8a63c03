package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.ActionExportService;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.actions.ProgrammeService;
import fr.cress.relais.actions.ui.editor.Labels;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.UiContext;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lines of the Exports section: the bilan of a programme, the action plans of every partner (in a
 * folder), the action plan of one partner. Files are written in the background, then a notice offers to
 * open them.
 */
public final class ActionsExports {

    private final UiContext ui;
    private final ProgrammeService programmes;
    private final ActionExportService exports;

    public ActionsExports(UiContext ui, ProgrammeService programmes, ActionExportService exports) {
        this.ui = ui;
        this.programmes = programmes;
        this.exports = exports;
    }

    public List<ExportEntry> entries() {
        return List.of(
                new ExportEntry("actions.export.bilan.title", "actions.export.bilan.description",
                        Material2OutlinedAL.ASSESSMENT, () -> withProgramme("actions.export.bilan.title", this::bilan)),
                new ExportEntry("actions.export.plans.title", "actions.export.plans.description",
                        Material2OutlinedAL.FOLDER_OPEN, () -> withProgramme("actions.export.plans.title", this::allPlans)),
                new ExportEntry("actions.export.plan.title", "actions.export.plan.description",
                        Material2OutlinedMZ.PERSON_OUTLINE, () -> withProgramme("actions.export.plan.title", this::onePlan)));
    }

    /** Loads the programmes, lets the user pick one when there are several, then goes on. */
    private void withProgramme(String titleKey, Consumer<Programme> next) {
        ui.tasks().job(ui.i18n().t("actions.loading"), p -> new Choice(programmes.programmes(), programmes.current()))
                .onSuccess(choice -> {
                    if (choice.current().isEmpty()) {
                        ui.dialogs().showInfo(ui.i18n().t(titleKey), ui.i18n().t("actions.programme.none"));
                    } else if (choice.all().size() == 1) {
                        next.accept(choice.current().get());
                    } else {
                        ChoiceDialogs.choose(ui.i18n(), ui.i18n().t("actions.export.chooseProgramme"),
                                ui.i18n().t("actions.export.programme"), choice.all(), choice.current().get(),
                                Labels.programme(ui.i18n())).ifPresent(next);
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private record Choice(List<Programme> all, Optional<Programme> current) {
    }

    private void bilan(Programme programme) {
        ui.dialogs().chooseSaveFile(ui.i18n().t("actions.export.bilan.title"), exports.bilanFileName(programme), xlsx())
                .ifPresent(file -> write("actions.export.bilan.running", () -> exports.writeBilan(programme.id(), file)));
    }

    private void allPlans(Programme programme) {
        ui.dialogs().chooseFolder(ui.i18n().t("actions.export.plans.title")).ifPresent(folder ->
                ui.tasks().job(ui.i18n().t("actions.export.plans.running"),
                                p -> exports.writeAllPlans(programme.id(), folder, p))
                        .cancellable()
                        .onSuccess(files -> ui.dialogs().notify(ui.i18n().t("actions.export.plans.done", files.size(),
                                folder.toString()), files.isEmpty() ? null : files.get(0)))
                        .onFailure(ui.dialogs()::showError)
                        .start());
    }

    private void onePlan(Programme programme) {
        ui.tasks().job(ui.i18n().t("actions.loading"), p -> exports.planPartners(programme.id()))
                .onSuccess(partners -> {
                    if (partners.isEmpty()) {
                        ui.dialogs().showInfo(ui.i18n().t("actions.export.plan.title"), ui.i18n().t("actions.export.plan.none"));
                        return;
                    }
                    ChoiceDialogs.choose(ui.i18n(), ui.i18n().t("actions.export.plan.title"),
                            ui.i18n().t("actions.export.partner"), partners, partners.get(0), Labels.organisation())
                            .ifPresent(partner -> ui.dialogs()
                            .chooseSaveFile(ui.i18n().t("actions.export.plan.title"),
                                    exports.planFileName(programme, partner), xlsx())
                            .ifPresent(file -> write("actions.export.plan.running",
                                    () -> exports.writePlan(programme.id(), partner.id(), file))));
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private interface FileWork {
        Path write();
    }

    private void write(String titleKey, FileWork work) {
        ui.tasks().job(ui.i18n().t(titleKey), p -> work.write())
                .onSuccess(file -> ui.dialogs().notify(ui.i18n().t("actions.export.done", file.getFileName()), file))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private FileChooser.ExtensionFilter xlsx() {
        return new FileChooser.ExtensionFilter(ui.i18n().t("actions.export.xlsx"), "*.xlsx");
    }
}
