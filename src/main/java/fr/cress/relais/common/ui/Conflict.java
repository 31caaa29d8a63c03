package fr.cress.relais.common.ui;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A save refused because someone else saved the record first: who and when (null when the history does not
 * say), the fields where their values differ from the user's, and their whole record.
 */
public record Conflict(String who, LocalDateTime when, List<Difference> differences, List<Difference> theirRecord) {

    /** One field: its label, their value and the user's value, as shown. */
    public record Difference(String label, String theirs, String yours) {
    }

    public Conflict {
        differences = List.copyOf(differences);
        theirRecord = List.copyOf(theirRecord);
    }
}
