package fr.cress.relais.db;

import fr.cress.relais.common.error.AppException;

/** A record changed since it was read (its version moved on): the save is refused, nothing is lost. */
public class StaleDataException extends AppException {
    public StaleDataException(String entityKey) {
        super("common.error.stale", entityKey);
    }

    /** Throws when an update guarded by {@code version = ?} touched no row. */
    public static void check(int updatedRows, String entityKey) {
        if (updatedRows == 0) {
            throw new StaleDataException(entityKey);
        }
    }
}
