package fr.cress.relais.safety;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Opens the store the safe way: before migrations run on a store that already has a schema, a backup is taken
 * ({@code avant-migration}); if the migration fails, that backup is restored at once and the user is told in
 * French that nothing was lost.
 */
public final class StoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);

    private final DataLocations locations;
    private final BackupService backups;
    private final RestoreService restore;

    public StoreOpener(DataLocations locations, Clock clock) {
        this.locations = locations;
        this.backups = new BackupService(locations, clock);
        this.restore = new RestoreService(locations, backups);
    }

    public Store open() {
        BackupFile[] before = new BackupFile[1];
        try {
            return Store.open(locations, (store, schema) -> {
                before[0] = backups.create(store, BackupReason.BEFORE_MIGRATION);
                LOG.info("Backup {} taken before migrating from version {} to {}", before[0].path().getFileName(),
                        schema.current(), schema.latest());
            });
        } catch (StoreUnavailableException e) {
            if (before[0] != null && "common.store.migration".equals(e.messageKey())) {
                throw restoreAfterFailedMigration(before[0], e);
            }
            throw e;
        }
    }

    private StoreUnavailableException restoreAfterFailedMigration(BackupFile backup, StoreUnavailableException failure) {
        LOG.error("Migration failed; restoring {}", backup.path(), failure);
        try {
            restore.restore(backup.path());
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.error("Automatic restore of {} failed", backup.path(), e);
            return failure;
        }
        return new StoreUnavailableException(failure, "safety.migration.restored",
                locations.storeFile() + ".mv.db", Formats.dateTime(backup.takenAt()), backup.path().getFileName());
    }
}
