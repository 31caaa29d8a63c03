package fr.cress.relais.meetings;

import fr.cress.relais.common.feature.DemoContext;
import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one meeting of the example programme: its points (with minutes), decisions, action items, the items
 * it closes and who came. Works inside the example's transaction through the repositories.
 */
final class DemoMeetingBuilder {

    private final DemoContext demo;
    private final DSLContext dsl;
    private final Map<String, ActionItem> items;
    private final Meeting meeting;
    private final AgendaRepository agenda;
    private AgendaItem lastPoint;

    DemoMeetingBuilder(DemoContext demo, Map<String, ActionItem> items, MeetingDraft draft, String followUpTitle,
                       boolean held) {
        this.demo = demo;
        this.dsl = demo.dsl();
        this.items = items;
        this.agenda = new AgendaRepository(dsl);
        String uid = UUID.nameUUIDFromBytes(("relais-example-" + draft.startsAt() + draft.title())
                .getBytes(StandardCharsets.UTF_8)) + "@relais";
        long id = MeetingService.insert(dsl, MeetingService.checked(draft), uid, followUpTitle, List.of(),
                held ? Attendance.PRESENT : Attendance.UNKNOWN);
        this.meeting = new MeetingRepository(dsl).find(id).orElseThrow();
        this.lastPoint = agenda.list(id).get(0);
        demo.remember("meeting", draft.startsAt().toLocalDate().toString(), id);
    }

    static MeetingDraft draft(DemoContext demo, String groupKey, String title, LocalDate day, LocalTime start,
                              LocalTime end, String place, MeetingStatus status, String... actionKeys) {
        List<Long> actions = java.util.Arrays.stream(actionKeys).filter(k -> demo.has("action", k))
                .map(k -> demo.id("action", k)).toList();
        return new MeetingDraft(groupKey == null ? null : demo.id("group", groupKey), title,
                LocalDateTime.of(day, start), LocalDateTime.of(day, end), place, null, status, null, actions);
    }

    /** The minutes of the « Suivi des actions » point. */
    DemoMeetingBuilder followUp(String minutes) {
        AgendaItem first = agenda.list(meeting.id()).get(0);
        agenda.updateMinutes(first.id(), first.version(), minutes);
        return this;
    }

    DemoMeetingBuilder point(String title, String presenterKey, int minutes, String text) {
        Long presenter = presenterKey == null ? null : demo.id("org", presenterKey);
        long id = agenda.insert(meeting.id(), agenda.nextRank(meeting.id()),
                new AgendaItemDraft(title, presenter, minutes, null), false);
        AgendaItem item = agenda.list(meeting.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        if (text != null) {
            agenda.updateMinutes(id, item.version(), text);
        }
        lastPoint = item;
        return this;
    }

    DemoMeetingBuilder decision(String text) {
        new DecisionRepository(dsl).insert(meeting.id(), lastPoint.id(), text);
        return this;
    }

    /** An action item under the last point, owned by an example organisation, remembered as {@code key}. */
    DemoMeetingBuilder item(String key, String title, String ownerKey, String due) {
        ActionItemRepository repository = new ActionItemRepository(dsl);
        long id = repository.insert(meeting.id(), new ActionItemDraft(title, demo.id("org", ownerKey), null,
                LocalDate.parse(due), lastPoint.id(), null));
        items.put(key, repository.ofMeeting(meeting.id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow());
        return this;
    }

    /** Closes earlier items as done in this meeting. */
    DemoMeetingBuilder closes(String... keys) {
        for (String key : keys) {
            ActionItem item = items.get(key);
            new ActionItemRepository(dsl).setStatus(item.id(), item.version(), ActionItemStatus.DONE, meeting.date(),
                    meeting.id());
        }
        return this;
    }

    /** Someone other than the usual representative speaks for the organisation. */
    DemoMeetingBuilder attendance(String orgKey, Attendance attendance) {
        return attendance(orgKey, attendance, null);
    }

    DemoMeetingBuilder representedBy(String orgKey, String byOrgKey) {
        return attendance(orgKey, Attendance.REPRESENTED, demo.id("contact", byOrgKey));
    }

    private DemoMeetingBuilder attendance(String orgKey, Attendance attendance, Long by) {
        long org = demo.id("org", orgKey);
        InviteeRepository invitees = new InviteeRepository(dsl);
        invitees.list(meeting.id()).stream()
                .filter(i -> i.organisationId() != null && i.organisationId() == org)
                .forEach(i -> invitees.setAttendance(i.id(), i.version(), attendance, by));
        return this;
    }

    /** Invites the first representative of an example organisation (ad hoc meetings). */
    DemoMeetingBuilder invite(String orgKey, Attendance attendance) {
        new InviteeRepository(dsl).insert(meeting.id(), demo.id("org", orgKey), demo.id("contact", orgKey), attendance);
        return this;
    }

    /** Invites someone outside the directory, optionally for an example organisation. */
    DemoMeetingBuilder guest(String name, String orgKey, String organisation) {
        InviteeRepository invitees = new InviteeRepository(dsl);
        long id = invitees.insertGuest(meeting.id(), orgKey == null ? null : demo.id("org", orgKey), name,
                organisation, null);
        invitees.setAttendance(id, 0, Attendance.PRESENT, null);
        return this;
    }
}
