package fr.cress.relais.meetings;

import java.time.LocalDate;

/** An action item as typed: what, by whom (an organisation and/or a person), by when, under which point. */
public record ActionItemDraft(String title, Long ownerOrganisationId, Long ownerContactId, LocalDate dueDate,
                              Long agendaItemId, String notes) {
}
