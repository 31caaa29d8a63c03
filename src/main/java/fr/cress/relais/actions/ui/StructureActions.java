package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Axis;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.actions.ProgrammeService;
import fr.cress.relais.common.concurrent.Work;
import fr.cress.relais.common.feature.UiContext;

/**
 * Changes to the structure of a programme (the programme itself, its axes, its objectives) and new
 * programmes, run in the background; the tree is reloaded and the dashboard told afterwards.
 */
final class StructureActions {

    private final UiContext ui;
    private final ProgrammeService programmes;
    private final ActionsViewModel model;

    StructureActions(UiContext ui, ProgrammeService programmes, ActionsViewModel model) {
        this.ui = ui;
        this.programmes = programmes;
        this.model = model;
    }

    void save(Programme programme) {
        run(p -> programmes.save(programme), id -> model.loadProgrammes(id, programmeEntry(id)));
    }

    void save(Axis axis) {
        run(p -> programmes.save(axis), id -> model.reload(new TreeEntry(TreeEntry.Kind.AXIS, withId(axis, id), "", "")));
    }

    void save(Objective objective) {
        run(p -> programmes.save(objective), id -> model.reload(
                new TreeEntry(TreeEntry.Kind.OBJECTIVE, withId(objective, id), "", "")));
    }

    /** A new programme, empty or started from a previous one. */
    void create(NewProgrammeDialog.Request request) {
        run(p -> request.fromId() == null
                        ? programmes.save(new Programme(null, request.name(), request.startYear(), request.endYear(), null,
                        null, 0))
                        : programmes.startFrom(request.fromId(), request.name(), request.startYear(), request.endYear(),
                        request.copyActions()),
                id -> model.loadProgrammes(id, programmeEntry(id)));
    }

    /** Deletes a programme, an axis or an objective after confirmation. */
    void delete(TreeEntry entry) {
        String message = switch (entry.kind()) {
            case PROGRAMME -> ui.i18n().t("actions.delete.programme", entry.label());
            case AXIS -> ui.i18n().t("actions.delete.axis", entry.label());
            case OBJECTIVE -> ui.i18n().t("actions.delete.objective", entry.label());
            default -> null;
        };
        if (message == null || !ui.dialogs().confirm(ui.i18n().t("actions.delete.title"), message,
                ui.i18n().t("actions.delete.confirm"))) {
            return;
        }
        long id = entry.id();
        run(p -> {
            switch (entry.kind()) {
                case PROGRAMME -> programmes.deleteProgramme(id);
                case AXIS -> programmes.deleteAxis(id);
                default -> programmes.deleteObjective(id);
            }
            return id;
        }, deleted -> model.loadProgrammes(entry.kind() == TreeEntry.Kind.PROGRAMME ? null
                : model.programme.get().id(), null));
    }

    private void run(Work<Long> work, java.util.function.Consumer<Long> then) {
        ui.tasks().job(ui.i18n().t("actions.saving"), work)
                .onSuccess(id -> {
                    then.accept(id);
                    ui.events().changed(ActionsViewModel.TOPIC);
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private static TreeEntry programmeEntry(long id) {
        return new TreeEntry(TreeEntry.Kind.PROGRAMME, new Programme(id, "", 0, 0, null, null, 0), "", "");
    }

    private static Axis withId(Axis a, long id) {
        return new Axis(id, a.programmeId(), a.number(), a.title(), a.description(), a.version());
    }

    private static Objective withId(Objective o, long id) {
        return new Objective(id, o.axisId(), o.number(), o.title(), o.description(), o.version());
    }
}
