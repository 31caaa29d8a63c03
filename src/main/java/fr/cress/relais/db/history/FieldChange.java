package fr.cress.relais.db.history;

/** One column of one change: its value before and after (null when empty). */
public record FieldChange(String column, String before, String after) {
}
