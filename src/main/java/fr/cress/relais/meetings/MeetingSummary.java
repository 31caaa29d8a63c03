package fr.cress.relais.meetings;

import java.time.LocalDateTime;

/** One line of the list of meetings. */
public record MeetingSummary(long id, Long groupId, String title, String groupName, LocalDateTime startsAt, String place,
                             MeetingStatus status) {

    /** Still to come at {@code now} (and not cancelled). */
    public boolean upcoming(LocalDateTime now) {
        return status != MeetingStatus.CANCELLED && !startsAt.isBefore(now);
    }
}
