package fr.cress.relais.db.history;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One write to one record, as the database recorded it.
 *
 * @param operation INSERT, UPDATE or DELETE
 */
public record HistoryEntry(long id, String table, Long recordId, String operation, LocalDateTime changedAt,
                           String changedBy, List<FieldChange> changes) {
}
