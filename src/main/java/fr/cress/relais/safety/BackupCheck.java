package fr.cress.relais.safety;

import java.util.Map;

/**
 * A backup that passed verification: a zip holding an H2 store with a Relais schema this Relais can open,
 * whose tables read without error. {@code counts} is empty when the backup's schema is older (it will be
 * migrated when opened).
 */
public record BackupCheck(BackupFile backup, String schemaVersion, Map<String, Long> counts) {

    public BackupCheck {
        counts = Map.copyOf(counts);
    }
}
