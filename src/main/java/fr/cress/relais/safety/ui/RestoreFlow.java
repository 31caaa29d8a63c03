package fr.cress.relais.safety.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.safety.BackupCheck;
import fr.cress.relais.safety.BackupFile;
import fr.cress.relais.safety.RestoreResult;
import fr.cress.relais.safety.SafetyContext;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Restoring a backup from the window: verify the zip (background job), ask for confirmation naming the backup's
 * date, let the window close its store, restore (background job), then open the store again.
 */
public final class RestoreFlow {

    private final SafetyContext ctx;
    private final I18n i18n;

    public RestoreFlow(SafetyContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
    }

    /** Fichier > Restaurer une sauvegarde… : the list of backups, or another file. */
    public void chooseAndRestore() {
        ctx.tasks().job(i18n.t("safety.backups.loading"), progress -> ctx.backups().list())
                .onSuccess(backups -> new RestoreDialog(ctx, backups).showAndWait().ifPresent(choice -> {
                    if (choice.otherFile()) {
                        chooseFileAndRestore();
                    } else {
                        restore(choice.backup().path());
                    }
                }))
                .onFailure(ctx.dialogs()::showError)
                .start();
    }

    public void chooseFileAndRestore() {
        ctx.dialogs().chooseOpenFile(i18n.t("safety.restore.chooseTitle"),
                        List.of(new FileChooser.ExtensionFilter(i18n.t("safety.restore.filter"), "*.zip")))
                .ifPresent(this::restore);
    }

    public void restore(Path zip) {
        ctx.tasks().job(i18n.t("safety.restore.verifying"), progress -> ctx.restore().verify(zip))
                .onSuccess(this::confirm)
                .onFailure(ctx.dialogs()::showError)
                .start();
    }

    private void confirm(BackupCheck check) {
        String when = ctx.labels().when(check.backup().takenAt());
        String message = i18n.t("safety.restore.confirm", when, contents(check.counts()));
        if (!ctx.dialogs().confirm(i18n.t("safety.restore.title"), message, i18n.t("safety.restore.confirm.button"))) {
            return;
        }
        Optional<AutoCloseable> open = ctx.host().releaseStore();
        ctx.tasks().job(i18n.t("safety.restore.running", when), progress -> {
                    if (open.isPresent()) {
                        open.get().close();
                    }
                    return ctx.restore().restore(check.backup().path());
                })
                .onSuccess(this::done)
                .onFailure(error -> {
                    ctx.dialogs().showError(error);
                    ctx.host().reopenStore();
                })
                .start();
    }

    private void done(RestoreResult result) {
        ctx.host().reopenStore();
        String when = ctx.labels().when(result.restored().backup().takenAt());
        String message = result.replacedKeptIn()
                .map(kept -> i18n.t("safety.restore.done.kept", when, kept.path().getFileName()))
                .orElse(i18n.t("safety.restore.done", when));
        ctx.dialogs().notify(message, result.replacedKeptIn().map(BackupFile::path).orElse(null));
    }

    private String contents(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return i18n.t("safety.restore.contents.older");
        }
        return i18n.t("safety.restore.contents", counts.getOrDefault("organisations", 0L),
                counts.getOrDefault("contacts", 0L), counts.getOrDefault("meetings", 0L), counts.getOrDefault("actions", 0L));
    }
}
