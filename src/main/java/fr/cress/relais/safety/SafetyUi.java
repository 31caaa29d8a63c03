package fr.cress.relais.safety;

import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.ui.DialogService;
import fr.cress.relais.safety.ui.BackupFlow;
import fr.cress.relais.safety.ui.RecoveryView;
import fr.cress.relais.safety.ui.RestoreFlow;
import javafx.scene.Node;

import java.time.Clock;

/**
 * The window's entry to backups: Fichier > Sauvegarder maintenant…, Fichier > Restaurer une sauvegarde…, and
 * the recovery screen shown instead of the sections when the store cannot be opened.
 */
public final class SafetyUi {

    private final BackupFlow backup;
    private final RestoreFlow restore;
    private final SafetyContext context;

    public SafetyUi(I18n i18n, DialogService dialogs, TaskRunner tasks, DataLocations locations, Clock clock,
                    SafetyHost host) {
        BackupService backups = new BackupService(locations, clock);
        this.context = new SafetyContext(i18n, dialogs, tasks, host, backups, new RestoreService(locations, backups));
        this.backup = new BackupFlow(context);
        this.restore = new RestoreFlow(context);
    }

    public void backupNow() {
        backup.start();
    }

    public void restoreBackup() {
        restore.chooseAndRestore();
    }

    /** Shown when the store cannot be opened (damaged file, failed migration): the backups to restore. */
    public Node recoveryScreen(Throwable error, Runnable retry, Runnable quit) {
        return new RecoveryView(context, restore, error, retry, quit).node();
    }
}
