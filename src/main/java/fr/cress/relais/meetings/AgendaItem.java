package fr.cress.relais.meetings;

/**
 * One point of the agenda. {@code followUp} marks the « Suivi des actions » point, created with the meeting,
 * which lists the action items of earlier meetings still open.
 */
public record AgendaItem(long id, long meetingId, int rank, String title, Long presenterId, String presenterName,
                         Integer durationMinutes, String notes, String minutes, boolean followUp, int version) {
}
