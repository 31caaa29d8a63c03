package fr.cress.relais.partners.ui;

import fr.cress.relais.common.concurrent.Work;
import fr.cress.relais.common.feature.UiContext;

import java.util.function.Consumer;

/**
 * Saving, deleting and restoring records the same way in every tab: in the background, the directory
 * reloaded afterwards, errors shown in French; a deletion is confirmed first and can be undone.
 */
final class RecordActions {

    /** The words of one deletion: the question, the confirm button, the notice shown afterwards. */
    record Deletion(String title, String message, String confirm, String done) {
    }

    private final UiContext ui;
    private final DirectoryModel model;
    private final UndoBar undo;

    RecordActions(UiContext ui, DirectoryModel model, UndoBar undo) {
        this.ui = ui;
        this.model = model;
        this.undo = undo;
    }

    /** Saves in the background; {@code then} receives the saved record, then the directory reloads. */
    <T> void save(Work<T> work, Consumer<T> then) {
        save(work, then, ui.dialogs()::showError);
    }

    /** Saves in the background; a failure goes to {@code failed} (a conflict: the shared dialog). */
    <T> void save(Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        ui.tasks().job(ui.i18n().t("partners.saving"), work)
                .onSuccess(saved -> {
                    then.accept(saved);
                    model.changed();
                })
                .onFailure(failed)
                .start();
    }

    /**
     * Asks, deletes in the background, runs {@code afterDelete}, then offers « Annuler » which runs
     * {@code restore} (when there is one) and hands its result to {@code afterRestore}.
     */
    <T> void delete(Deletion words, Runnable deletion, Runnable afterDelete, Work<T> restore, Consumer<T> afterRestore) {
        if (!ui.dialogs().confirm(words.title(), words.message(), words.confirm())) {
            return;
        }
        ui.tasks().job(ui.i18n().t("partners.saving"), p -> {
                    deletion.run();
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    afterDelete.run();
                    model.changed();
                    if (restore != null) {
                        undo.show(words.done(), () -> save(restore, afterRestore));
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }
}
