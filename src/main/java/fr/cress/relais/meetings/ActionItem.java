package fr.cress.relais.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Who does what by when, decided in a meeting. Open items roll forward to the next meetings of the group
 * until they are done or dropped; {@code closedInMeetingId} says in which meeting that was recorded.
 */
public record ActionItem(long id, long meetingId, String meetingTitle, LocalDateTime meetingStart, Long agendaItemId,
                         String title, Long ownerOrganisationId, String ownerOrganisationName, Long ownerContactId,
                         String ownerContactName, LocalDate dueDate, ActionItemStatus status, LocalDate closedOn,
                         Long closedInMeetingId, String notes, int version) {

    public boolean open() {
        return status == ActionItemStatus.OPEN;
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return open() && dueDate != null && dueDate.isBefore(today);
    }

    /** Still open at the end of meeting {@code meetingId} held on {@code day} (closed later, or never). */
    public boolean openAt(LocalDate day, long meetingId) {
        boolean closedThen = !open() && closedOn != null
                && (!closedOn.isAfter(day) || java.util.Objects.equals(closedInMeetingId, meetingId));
        return !closedThen;
    }

    /** « Nom (Organisation) », the organisation alone, the person alone, or empty. */
    public String owner() {
        if (ownerContactName != null && ownerOrganisationName != null) {
            return ownerContactName + " (" + ownerOrganisationName + ")";
        }
        if (ownerContactName != null) {
            return ownerContactName;
        }
        return ownerOrganisationName == null ? "" : ownerOrganisationName;
    }
}
