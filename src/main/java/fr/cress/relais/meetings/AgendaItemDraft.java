package fr.cress.relais.meetings;

/** A point of the agenda as typed: title, presenting organisation, planned minutes, notes. */
public record AgendaItemDraft(String title, Long presenterId, Integer durationMinutes, String notes) {
}
