package fr.cress.relais.meetings;

import java.time.LocalDateTime;
import java.util.List;

/** What the coordinator typed for a meeting, before it is checked and saved. */
public record MeetingDraft(Long groupId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                           String videoLink, MeetingStatus status, String notes, List<Long> actionIds) {

    public MeetingDraft {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
        status = status == null ? MeetingStatus.PLANNED : status;
    }

    public static MeetingDraft of(Meeting m, List<Long> actionIds) {
        return new MeetingDraft(m.groupId(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.videoLink(),
                m.status(), m.notes(), actionIds);
    }
}
