package fr.cress.relais.meetings;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;

import static fr.cress.relais.db.generated.Tables.AGENDA_ITEM;
import static fr.cress.relais.db.generated.Tables.DECISION;
import static fr.cress.relais.db.generated.Tables.MEETING;

/** The decisions register: decisions of every meeting. */
final class DecisionRepository {

    private final DSLContext dsl;

    DecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Decision> ofMeeting(long meetingId) {
        return select(DECISION.MEETING_ID.eq(meetingId));
    }

    /** Every decision, latest meeting first. */
    List<Decision> all() {
        return select(DSL.noCondition());
    }

    private List<Decision> select(Condition condition) {
        return dsl.select(DECISION.ID, DECISION.MEETING_ID, MEETING.TITLE, MEETING.STARTS_AT, DECISION.AGENDA_ITEM_ID,
                        AGENDA_ITEM.TITLE, DECISION.TEXT, DECISION.VERSION)
                .from(DECISION)
                .join(MEETING).on(MEETING.ID.eq(DECISION.MEETING_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID))
                .where(condition)
                .orderBy(MEETING.STARTS_AT.desc(), DSL.coalesce(AGENDA_ITEM.RANK_NO, 999), DECISION.ID)
                .fetch(r -> new Decision(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    long insert(long meetingId, Long agendaItemId, String text) {
        return dsl.insertInto(DECISION)
                .set(DECISION.MEETING_ID, meetingId)
                .set(DECISION.AGENDA_ITEM_ID, agendaItemId)
                .set(DECISION.TEXT, text)
                .returning(DECISION.ID)
                .fetchOne(DECISION.ID);
    }

    int update(long id, int version, Long agendaItemId, String text) {
        return dsl.update(DECISION)
                .set(DECISION.AGENDA_ITEM_ID, agendaItemId)
                .set(DECISION.TEXT, text)
                .set(DECISION.UPDATED_AT, DSL.currentLocalDateTime())
                .set(DECISION.VERSION, DECISION.VERSION.plus(1))
                .where(DECISION.ID.eq(id)).and(DECISION.VERSION.eq(version))
                .execute();
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(DECISION).where(DECISION.ID.eq(id)).and(DECISION.VERSION.eq(version)).execute();
    }
}
