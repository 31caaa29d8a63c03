package fr.cress.relais.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A meeting of a group (or an ad hoc meeting when {@code groupId} is null). Times are local times in
 * Europe/Paris. {@code icsUid} never changes; {@code icsSequence} grows with each change a calendar must see.
 */
public record Meeting(long id, Long groupId, String groupName, String title, LocalDateTime startsAt,
                      LocalDateTime endsAt, String place, String videoLink, MeetingStatus status, String notes,
                      String icsUid, int icsSequence, int version) {

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    public boolean adHoc() {
        return groupId == null;
    }

    /** The end, or two hours after the start when none was given. */
    public LocalDateTime endOrDefault() {
        return endsAt != null ? endsAt : startsAt.plusHours(2);
    }
}
