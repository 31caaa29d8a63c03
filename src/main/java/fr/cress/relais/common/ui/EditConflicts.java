package fr.cress.relais.common.ui;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.history.ChangeHistoryRepository;
import fr.cress.relais.db.history.HistoryEntry;
import fr.cress.relais.common.error.ErrorMessages;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every editor does when a save fails: a save refused because someone else saved first opens the
 * conflict dialog (their values beside the user's, who and when from the history); any other failure is
 * shown as an error. The form keeps the user's values until they choose.
 */
public final class EditConflicts {

    private final UiContext ui;
    private final Core core;
    private final RecordDiff diff;

    public EditConflicts(UiContext ui, Core core) {
        this.ui = ui;
        this.core = core;
        this.diff = new RecordDiff(ui.i18n());
    }

    /**
     * One refused save.
     *
     * @param table     the table of the record, for the history (« organisation »)
     * @param yours     the record as the user typed it
     * @param theirs    reads the record as saved now (in the background); null when it is gone
     * @param reload    shows their version in the form (on the JavaFX thread)
     * @param overwrite saves the user's values again over their version (receives their version)
     */
    public record Edit<T extends Record>(String table, long id, T yours, Supplier<T> theirs, Consumer<T> reload,
                                         Consumer<T> overwrite) {
    }

    /** Handles the failure of a save: a conflict, or any other error. */
    public <T extends Record> void saveFailed(Throwable error, Edit<T> edit) {
        if (!(ErrorMessages.unwrap(error) instanceof StaleDataException)) {
            ui.dialogs().showError(error);
            return;
        }
        ui.tasks().job(ui.i18n().t("team.conflict.loading"), p -> new Found<>(edit.theirs().get(),
                        new ChangeHistoryRepository(core.dsl()).latest(edit.table(), edit.id())))
                .onSuccess(found -> decide(edit, found))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private record Found<T>(T theirs, Optional<HistoryEntry> last) {
    }

    private <T extends Record> void decide(Edit<T> edit, Found<T> found) {
        if (found.theirs() == null) {
            ui.dialogs().showError(ui.i18n().t("team.conflict.title"), ui.i18n().t("team.conflict.gone"),
                    java.util.List.of());
            return;
        }
        Conflict conflict = new Conflict(found.last().map(HistoryEntry::changedBy).orElse(null),
                found.last().map(HistoryEntry::changedAt).orElse(null),
                diff.differences(found.theirs(), edit.yours()), diff.all(found.theirs(), edit.yours()));
        ConflictChoice choice = ui.dialogs().resolveConflict(conflict);
        switch (choice) {
            case RELOAD -> edit.reload().accept(found.theirs());
            case OVERWRITE -> edit.overwrite().accept(found.theirs());
            case KEEP_EDITING -> { }
        }
    }
}
