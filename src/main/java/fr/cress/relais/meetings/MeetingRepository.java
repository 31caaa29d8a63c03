package fr.cress.relais.meetings;

import fr.cress.relais.db.generated.tables.records.MeetingRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record7;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.ACTION_ITEM;
import static fr.cress.relais.db.generated.Tables.JOINT_ACTION;
import static fr.cress.relais.db.generated.Tables.MEETING;
import static fr.cress.relais.db.generated.Tables.MEETING_ACTION;
import static fr.cress.relais.db.generated.Tables.WORK_GROUP;

/** The meeting table and its links to joint actions. */
final class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(MeetingDraft d, String icsUid) {
        return dsl.insertInto(MEETING)
                .set(MEETING.GROUP_ID, d.groupId())
                .set(MEETING.TITLE, d.title())
                .set(MEETING.STARTS_AT, d.startsAt())
                .set(MEETING.ENDS_AT, d.endsAt())
                .set(MEETING.PLACE, d.place())
                .set(MEETING.VIDEO_LINK, d.videoLink())
                .set(MEETING.STATUS, d.status().name())
                .set(MEETING.NOTES, d.notes())
                .set(MEETING.ICS_UID, icsUid)
                .returning(MEETING.ID)
                .fetchOne(MEETING.ID);
    }

    /** Updates a meeting read at {@code version}; returns the rows changed (0: changed elsewhere). */
    int update(long id, int version, MeetingDraft d, int icsSequence) {
        return dsl.update(MEETING)
                .set(MEETING.GROUP_ID, d.groupId())
                .set(MEETING.TITLE, d.title())
                .set(MEETING.STARTS_AT, d.startsAt())
                .set(MEETING.ENDS_AT, d.endsAt())
                .set(MEETING.PLACE, d.place())
                .set(MEETING.VIDEO_LINK, d.videoLink())
                .set(MEETING.STATUS, d.status().name())
                .set(MEETING.NOTES, d.notes())
                .set(MEETING.ICS_SEQUENCE, icsSequence)
                .set(MEETING.UPDATED_AT, DSL.currentLocalDateTime())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(id)).and(MEETING.VERSION.eq(version))
                .execute();
    }

    Optional<Meeting> find(long id) {
        return dsl.select(MEETING.asterisk(), WORK_GROUP.NAME).from(MEETING)
                .leftJoin(WORK_GROUP).on(WORK_GROUP.ID.eq(MEETING.GROUP_ID))
                .where(MEETING.ID.eq(id))
                .fetchOptional(MeetingRepository::toMeeting);
    }

    List<MeetingSummary> list() {
        return summaries().orderBy(MEETING.STARTS_AT, MEETING.ID).fetch(MeetingRepository::toSummary);
    }

    /**
     * The first {@code limit} rows of the list as it is shown at {@code now}: meetings to come (not cancelled),
     * soonest first, then the others, latest first (ties in the order of their ids, as the list has them).
     */
    List<MeetingSummary> firstPage(LocalDateTime now, int limit) {
        org.jooq.Condition upcoming = MEETING.STATUS.ne(MeetingStatus.CANCELLED.name()).and(MEETING.STARTS_AT.ge(now));
        List<MeetingSummary> page = new java.util.ArrayList<>(summaries().where(upcoming)
                .orderBy(MEETING.STARTS_AT, MEETING.ID).limit(limit).fetch(MeetingRepository::toSummary));
        if (page.size() < limit) {
            page.addAll(summaries().where(DSL.not(upcoming)).orderBy(MEETING.STARTS_AT.desc(), MEETING.ID)
                    .limit(limit - page.size()).fetch(MeetingRepository::toSummary));
        }
        return page;
    }

    int count() {
        return dsl.fetchCount(MEETING);
    }

    private SelectJoinStep<Record7<Long, Long, String, String, LocalDateTime, String, String>> summaries() {
        return dsl.select(MEETING.ID, MEETING.GROUP_ID, MEETING.TITLE, WORK_GROUP.NAME, MEETING.STARTS_AT,
                        MEETING.PLACE, MEETING.STATUS)
                .from(MEETING).leftJoin(WORK_GROUP).on(WORK_GROUP.ID.eq(MEETING.GROUP_ID));
    }

    private static MeetingSummary toSummary(Record7<Long, Long, String, String, LocalDateTime, String, String> r) {
        return new MeetingSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                MeetingStatus.valueOf(r.value7()));
    }

    /** The first meeting (not cancelled) starting at {@code now} or later, in the order of {@link #list()}. */
    Optional<MeetingSummary> next(LocalDateTime now) {
        return summaries().where(MEETING.STATUS.ne(MeetingStatus.CANCELLED.name())).and(MEETING.STARTS_AT.ge(now))
                .orderBy(MEETING.STARTS_AT, MEETING.ID).limit(1)
                .fetchOptional(MeetingRepository::toSummary);
    }

    /** The last meeting (not cancelled) started before {@code now}, in the order of {@link #list()}. */
    Optional<MeetingSummary> last(LocalDateTime now) {
        return summaries().where(MEETING.STATUS.ne(MeetingStatus.CANCELLED.name())).and(MEETING.STARTS_AT.lt(now))
                .orderBy(MEETING.STARTS_AT.desc(), MEETING.ID.desc()).limit(1)
                .fetchOptional(MeetingRepository::toSummary);
    }

    /** Meetings of these groups (null: ad hoc meetings) that started before {@code before}, latest first. */
    List<Meeting> earlier(Collection<Long> groupIds, boolean adHoc, LocalDateTime before) {
        return dsl.select(MEETING.asterisk(), WORK_GROUP.NAME).from(MEETING)
                .leftJoin(WORK_GROUP).on(WORK_GROUP.ID.eq(MEETING.GROUP_ID))
                .where(adHoc ? MEETING.GROUP_ID.isNull() : MEETING.GROUP_ID.in(groupIds))
                .and(MEETING.STARTS_AT.lt(before))
                .orderBy(MEETING.STARTS_AT.desc())
                .fetch(MeetingRepository::toMeeting);
    }

    List<Refs.JointAction> linkedActions(long meetingId) {
        return dsl.select(JOINT_ACTION.ID, JOINT_ACTION.TITLE, JOINT_ACTION.START_DATE, JOINT_ACTION.END_DATE)
                .from(MEETING_ACTION).join(JOINT_ACTION).on(JOINT_ACTION.ID.eq(MEETING_ACTION.ACTION_ID))
                .where(MEETING_ACTION.MEETING_ID.eq(meetingId))
                .orderBy(JOINT_ACTION.TITLE)
                .fetch(r -> new Refs.JointAction(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void setLinkedActions(long meetingId, List<Long> actionIds) {
        dsl.deleteFrom(MEETING_ACTION).where(MEETING_ACTION.MEETING_ID.eq(meetingId)).execute();
        for (Long actionId : actionIds.stream().distinct().toList()) {
            dsl.insertInto(MEETING_ACTION)
                    .set(MEETING_ACTION.MEETING_ID, meetingId)
                    .set(MEETING_ACTION.ACTION_ID, actionId)
                    .execute();
        }
    }

    /** Deletes a meeting read at {@code version} with its agenda, invitees, decisions and action items. */
    int delete(long id, int version) {
        dsl.update(ACTION_ITEM).setNull(ACTION_ITEM.CLOSED_IN_MEETING_ID)
                .where(ACTION_ITEM.CLOSED_IN_MEETING_ID.eq(id)).execute();
        return dsl.deleteFrom(MEETING).where(MEETING.ID.eq(id)).and(MEETING.VERSION.eq(version)).execute();
    }

    static Meeting toMeeting(Record r) {
        MeetingRecord m = r.into(MEETING);
        return new Meeting(m.getId(), m.getGroupId(), r.get(WORK_GROUP.NAME), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getVideoLink(), MeetingStatus.valueOf(m.getStatus()), m.getNotes(),
                m.getIcsUid(), m.getIcsSequence(), m.getVersion());
    }
}
