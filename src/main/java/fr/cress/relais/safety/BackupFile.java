package fr.cress.relais.safety;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A backup zip: when it was taken and why (read from its name, or from the file for a zip named otherwise),
 * and its size in bytes.
 */
public record BackupFile(Path path, LocalDateTime takenAt, Optional<BackupReason> reason, long size) {

    public boolean automatic() {
        return reason.map(BackupReason::automatic).orElse(false);
    }
}
