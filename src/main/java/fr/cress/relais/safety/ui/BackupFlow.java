package fr.cress.relais.safety.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;
import fr.cress.relais.safety.BackupFile;
import fr.cress.relais.safety.BackupReason;
import fr.cress.relais.safety.SafetyContext;

import java.nio.file.Path;
import java.util.Optional;

/** Fichier > Sauvegarder maintenant… : where to (the backups folder, or another folder), then a background job. */
public final class BackupFlow {

    private final SafetyContext ctx;
    private final I18n i18n;

    public BackupFlow(SafetyContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
    }

    public void start() {
        Optional<Store> store = ctx.host().store();
        if (store.isEmpty()) {
            return;
        }
        new BackupDialog(ctx).showAndWait().ifPresent(elsewhere -> {
            if (!elsewhere) {
                run(store.get(), null);
            } else {
                ctx.dialogs().chooseFolder(i18n.t("safety.backup.chooseFolder"))
                        .ifPresent(folder -> run(store.get(), folder));
            }
        });
    }

    private void run(Store store, Path folder) {
        ctx.tasks().job(i18n.t("safety.backup.running"), progress -> folder == null
                        ? ctx.backups().create(store, BackupReason.MANUAL)
                        : ctx.backups().createAt(store, folder.resolve(ctx.backups().suggestedName(BackupReason.MANUAL))))
                .onSuccess(this::done)
                .onFailure(ctx.dialogs()::showError)
                .start();
    }

    private void done(BackupFile backup) {
        ctx.dialogs().notify(i18n.t("safety.backup.done", ctx.labels().when(backup.takenAt()),
                ctx.labels().size(backup.size()), backup.path().getFileName()), backup.path());
    }
}
