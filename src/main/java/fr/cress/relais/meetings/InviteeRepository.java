package fr.cress.relais.meetings;

import fr.cress.relais.db.generated.tables.Contact;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.MEETING;
import static fr.cress.relais.db.generated.Tables.MEETING_INVITEE;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;

/** Who was invited to which meeting, and who came. */
final class InviteeRepository {

    private static final Contact REP = CONTACT.as("rep");
    private static final Field<String> ORG_NAME = DirectoryRepository.label(ORGANISATION).as("org_name");
    private static final Field<String> PERSON = DirectoryRepository.name(CONTACT).as("person_name");
    private static final Field<String> REP_NAME = DirectoryRepository.name(REP).as("rep_name");

    private final DSLContext dsl;

    InviteeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Invitee> list(long meetingId) {
        return dsl.select(MEETING_INVITEE.asterisk(), ORG_NAME, PERSON, CONTACT.EMAIL, REP_NAME)
                .from(MEETING_INVITEE)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(MEETING_INVITEE.ORGANISATION_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(MEETING_INVITEE.CONTACT_ID))
                .leftJoin(REP).on(REP.ID.eq(MEETING_INVITEE.REPRESENTED_BY_CONTACT_ID))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_INVITEE.ID)
                .fetch(r -> new Invitee(r.get(MEETING_INVITEE.ID), r.get(MEETING_INVITEE.MEETING_ID),
                        r.get(MEETING_INVITEE.ORGANISATION_ID), r.get(ORG_NAME), r.get(MEETING_INVITEE.CONTACT_ID),
                        r.get(PERSON), r.get(CONTACT.EMAIL), Attendance.valueOf(r.get(MEETING_INVITEE.ATTENDANCE)),
                        r.get(MEETING_INVITEE.REPRESENTED_BY_CONTACT_ID), r.get(REP_NAME),
                        r.get(MEETING_INVITEE.GUEST_NAME), r.get(MEETING_INVITEE.GUEST_ORGANISATION),
                        r.get(MEETING_INVITEE.GUEST_EMAIL), r.get(MEETING_INVITEE.VERSION)));
    }

    long insert(long meetingId, Long organisationId, Long contactId, Attendance attendance) {
        return dsl.insertInto(MEETING_INVITEE)
                .set(MEETING_INVITEE.MEETING_ID, meetingId)
                .set(MEETING_INVITEE.ORGANISATION_ID, organisationId)
                .set(MEETING_INVITEE.CONTACT_ID, contactId)
                .set(MEETING_INVITEE.ATTENDANCE, attendance.name())
                .returning(MEETING_INVITEE.ID)
                .fetchOne(MEETING_INVITEE.ID);
    }

    long insertGuest(long meetingId, Long organisationId, String name, String organisation, String email) {
        return dsl.insertInto(MEETING_INVITEE)
                .set(MEETING_INVITEE.MEETING_ID, meetingId)
                .set(MEETING_INVITEE.ORGANISATION_ID, organisationId)
                .set(MEETING_INVITEE.GUEST_NAME, name)
                .set(MEETING_INVITEE.GUEST_ORGANISATION, organisation)
                .set(MEETING_INVITEE.GUEST_EMAIL, email)
                .set(MEETING_INVITEE.ATTENDANCE, Attendance.UNKNOWN.name())
                .returning(MEETING_INVITEE.ID)
                .fetchOne(MEETING_INVITEE.ID);
    }

    int setAttendance(long id, int version, Attendance attendance, Long representedBy) {
        return dsl.update(MEETING_INVITEE)
                .set(MEETING_INVITEE.ATTENDANCE, attendance.name())
                .set(MEETING_INVITEE.REPRESENTED_BY_CONTACT_ID, attendance == Attendance.REPRESENTED ? representedBy : null)
                .set(MEETING_INVITEE.UPDATED_AT, DSL.currentLocalDateTime())
                .set(MEETING_INVITEE.VERSION, MEETING_INVITEE.VERSION.plus(1))
                .where(MEETING_INVITEE.ID.eq(id)).and(MEETING_INVITEE.VERSION.eq(version))
                .execute();
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(MEETING_INVITEE)
                .where(MEETING_INVITEE.ID.eq(id)).and(MEETING_INVITEE.VERSION.eq(version))
                .execute();
    }

    /** One row per invitee of the held meetings of these groups: when, which organisation, attendance. */
    record AttendanceRow(long meetingId, LocalDateTime startsAt, long organisationId, String organisationName,
                         Attendance attendance) {
    }

    List<AttendanceRow> heldAttendance(Collection<Long> groupIds) {
        return dsl.select(MEETING.ID, MEETING.STARTS_AT, ORGANISATION.ID, ORG_NAME, MEETING_INVITEE.ATTENDANCE)
                .from(MEETING_INVITEE)
                .join(MEETING).on(MEETING.ID.eq(MEETING_INVITEE.MEETING_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEETING_INVITEE.ORGANISATION_ID))
                .where(MEETING.GROUP_ID.in(groupIds)).and(MEETING.STATUS.eq(MeetingStatus.HELD.name()))
                .orderBy(MEETING.STARTS_AT)
                .fetch(r -> new AttendanceRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        Attendance.valueOf(r.value5())));
    }
}
