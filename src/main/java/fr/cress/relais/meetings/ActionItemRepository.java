package fr.cress.relais.meetings;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.ACTION_ITEM;
import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.MEETING;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;

/** Action items: who does what by when, and where they were closed. */
final class ActionItemRepository {

    private static final Field<String> ORG_NAME = DirectoryRepository.label(ORGANISATION).as("owner_org");
    private static final Field<String> PERSON = DirectoryRepository.name(CONTACT).as("owner_person");

    private final DSLContext dsl;

    ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ActionItem> ofMeeting(long meetingId) {
        return select(ACTION_ITEM.MEETING_ID.eq(meetingId));
    }

    /**
     * Items decided in earlier meetings of these groups (or in earlier ad hoc meetings) that were still open
     * on {@code day}, or that were closed in meeting {@code meetingId}.
     */
    List<ActionItem> carriedInto(long meetingId, Collection<Long> groupIds, boolean adHoc, LocalDateTime before,
                                 LocalDate day) {
        Condition scope = adHoc ? MEETING.GROUP_ID.isNull() : MEETING.GROUP_ID.in(groupIds);
        return select(scope.and(MEETING.STARTS_AT.lt(before)).and(MEETING.ID.ne(meetingId))
                .and(ACTION_ITEM.CLOSED_ON.isNull().or(ACTION_ITEM.CLOSED_ON.ge(day))
                        .or(ACTION_ITEM.CLOSED_IN_MEETING_ID.eq(meetingId))));
    }

    /** Every open item, whatever its meeting. */
    List<ActionItem> open() {
        return select(ACTION_ITEM.STATUS.eq(ActionItemStatus.OPEN.name()));
    }

    /** The open items counted, and those due before {@code today}: one aggregate query, no item read. */
    ActionItemCounts openCounts(LocalDate today) {
        Field<Integer> overdue = DSL.count().filterWhere(ACTION_ITEM.DUE_DATE.lt(today));
        return dsl.select(DSL.count(), overdue)
                .from(ACTION_ITEM)
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .where(ACTION_ITEM.STATUS.eq(ActionItemStatus.OPEN.name()))
                .fetchOne(r -> new ActionItemCounts(r.value1(), r.value2()));
    }

    /** Open items decided in meetings of these groups. */
    List<ActionItem> openIn(Collection<Long> groupIds) {
        return select(ACTION_ITEM.STATUS.eq(ActionItemStatus.OPEN.name()).and(MEETING.GROUP_ID.in(groupIds)));
    }

    private List<ActionItem> select(Condition condition) {
        return dsl.select(ACTION_ITEM.asterisk(), MEETING.TITLE, MEETING.STARTS_AT, ORG_NAME, PERSON)
                .from(ACTION_ITEM)
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.OWNER_ORGANISATION_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(ACTION_ITEM.OWNER_CONTACT_ID))
                .where(condition)
                .orderBy(MEETING.STARTS_AT, DSL.coalesce(ACTION_ITEM.DUE_DATE, LocalDate.of(9999, 12, 31)), ACTION_ITEM.ID)
                .fetch(r -> new ActionItem(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.MEETING_ID), r.get(MEETING.TITLE),
                        r.get(MEETING.STARTS_AT), r.get(ACTION_ITEM.AGENDA_ITEM_ID), r.get(ACTION_ITEM.TITLE),
                        r.get(ACTION_ITEM.OWNER_ORGANISATION_ID), r.get(ORG_NAME), r.get(ACTION_ITEM.OWNER_CONTACT_ID),
                        r.get(PERSON), r.get(ACTION_ITEM.DUE_DATE), ActionItemStatus.valueOf(r.get(ACTION_ITEM.STATUS)),
                        r.get(ACTION_ITEM.CLOSED_ON), r.get(ACTION_ITEM.CLOSED_IN_MEETING_ID), r.get(ACTION_ITEM.NOTES),
                        r.get(ACTION_ITEM.VERSION)));
    }

    long insert(long meetingId, ActionItemDraft d) {
        return dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.MEETING_ID, meetingId)
                .set(ACTION_ITEM.AGENDA_ITEM_ID, d.agendaItemId())
                .set(ACTION_ITEM.TITLE, d.title())
                .set(ACTION_ITEM.OWNER_ORGANISATION_ID, d.ownerOrganisationId())
                .set(ACTION_ITEM.OWNER_CONTACT_ID, d.ownerContactId())
                .set(ACTION_ITEM.DUE_DATE, d.dueDate())
                .set(ACTION_ITEM.NOTES, d.notes())
                .set(ACTION_ITEM.STATUS, ActionItemStatus.OPEN.name())
                .returning(ACTION_ITEM.ID)
                .fetchOne(ACTION_ITEM.ID);
    }

    int update(long id, int version, ActionItemDraft d) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.AGENDA_ITEM_ID, d.agendaItemId())
                .set(ACTION_ITEM.TITLE, d.title())
                .set(ACTION_ITEM.OWNER_ORGANISATION_ID, d.ownerOrganisationId())
                .set(ACTION_ITEM.OWNER_CONTACT_ID, d.ownerContactId())
                .set(ACTION_ITEM.DUE_DATE, d.dueDate())
                .set(ACTION_ITEM.NOTES, d.notes())
                .set(ACTION_ITEM.UPDATED_AT, DSL.currentLocalDateTime())
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.VERSION.eq(version))
                .execute();
    }

    /** Sets the status; {@code closedOn} and {@code closedIn} are null when the item is open again. */
    int setStatus(long id, int version, ActionItemStatus status, LocalDate closedOn, Long closedIn) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STATUS, status.name())
                .set(ACTION_ITEM.CLOSED_ON, closedOn)
                .set(ACTION_ITEM.CLOSED_IN_MEETING_ID, closedIn)
                .set(ACTION_ITEM.UPDATED_AT, DSL.currentLocalDateTime())
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.VERSION.eq(version))
                .execute();
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.VERSION.eq(version))
                .execute();
    }
}
