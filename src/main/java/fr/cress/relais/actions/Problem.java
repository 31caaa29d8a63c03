package fr.cress.relais.actions;

/**
 * Something wrong with what was typed, tied to a field so that the editor can show it next to it:
 * {@code title}, {@code years}, {@code dates}, {@code objective}, {@code indicator.<row>} or
 * {@code budget.<row>} (row counted from 0). {@code key} is an i18n key, {@code args} its arguments.
 */
public record Problem(String field, String key, Object... args) {
}
