package fr.cress.relais.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * « Préparer la prochaine réunion » on one screen: the next meeting (if one is planned) and its draft agenda,
 * the open action items by owner, the joint actions with dates in the coming months, and the members who
 * missed the last two meetings.
 */
public record Preparation(LocalDate today, MeetingSummary nextMeeting, Refs.Group group, List<AgendaLine> draftAgenda,
                          List<OwnerItems> openByOwner, List<Refs.JointAction> upcomingActions,
                          List<Absentee> absentees) {

    /** A point of the draft agenda. */
    public record AgendaLine(String title, String presenter, Integer durationMinutes, boolean followUp) {
    }

    /** The open items of one owner. */
    public record OwnerItems(String owner, List<ActionItem> items) {
        public long overdue(LocalDate today) {
            return items.stream().filter(i -> i.overdue(today)).count();
        }
    }

    /** A member organisation that was excused or absent at each of the last meetings. */
    public record Absentee(String organisation, List<Absence> absences) {
    }

    /** One missed meeting. */
    public record Absence(LocalDate date, Attendance attendance) {
    }

    public int openCount() {
        return openByOwner.stream().mapToInt(o -> o.items().size()).sum();
    }

    public long overdueCount() {
        return openByOwner.stream().mapToLong(o -> o.overdue(today)).sum();
    }
}
