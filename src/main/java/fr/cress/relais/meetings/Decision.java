package fr.cress.relais.meetings;

import java.time.LocalDateTime;

/** A decision recorded in a meeting, optionally under one of its agenda points. */
public record Decision(long id, long meetingId, String meetingTitle, LocalDateTime meetingStart, Long agendaItemId,
                       String agendaTitle, String text, int version) {
}
