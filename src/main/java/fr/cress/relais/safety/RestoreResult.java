package fr.cress.relais.safety;

import java.util.Optional;

/** A done restore: what was restored, and where the replaced data was kept (none if the store was empty). */
public record RestoreResult(BackupCheck restored, Optional<BackupFile> replacedKeptIn) {
}
