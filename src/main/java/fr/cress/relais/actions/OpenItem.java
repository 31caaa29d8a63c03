package fr.cress.relais.actions;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An open action item of a meeting, owned by an organisation (what it still has to do). */
public record OpenItem(String title, LocalDate dueDate, String meetingTitle, LocalDateTime meetingStart,
                       String notes) {
}
