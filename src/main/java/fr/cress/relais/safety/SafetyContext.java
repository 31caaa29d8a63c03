package fr.cress.relais.safety;

import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.DialogService;

/** What the backup and restore screens share. */
public record SafetyContext(I18n i18n, DialogService dialogs, TaskRunner tasks, SafetyHost host,
                            BackupService backups, RestoreService restore) {

    public BackupLabels labels() {
        return new BackupLabels(i18n);
    }
}
