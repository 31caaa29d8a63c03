package fr.cress.relais.meetings;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;

import static fr.cress.relais.db.generated.Tables.AGENDA_ITEM;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;

/** The agenda points of meetings, in rank order. */
final class AgendaRepository {

    private static final org.jooq.Field<String> PRESENTER = DirectoryRepository.label(ORGANISATION).as("presenter_name");

    private final DSLContext dsl;

    AgendaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AgendaItem> list(long meetingId) {
        return dsl.select(AGENDA_ITEM.asterisk(), PRESENTER)
                .from(AGENDA_ITEM)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AGENDA_ITEM.PRESENTER_ORGANISATION_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.RANK_NO, AGENDA_ITEM.ID)
                .fetch(r -> new AgendaItem(r.get(AGENDA_ITEM.ID), r.get(AGENDA_ITEM.MEETING_ID),
                        r.get(AGENDA_ITEM.RANK_NO), r.get(AGENDA_ITEM.TITLE),
                        r.get(AGENDA_ITEM.PRESENTER_ORGANISATION_ID), r.get(PRESENTER),
                        r.get(AGENDA_ITEM.DURATION_MINUTES), r.get(AGENDA_ITEM.NOTES), r.get(AGENDA_ITEM.MINUTES_TEXT),
                        r.get(AGENDA_ITEM.FOLLOW_UP), r.get(AGENDA_ITEM.VERSION)));
    }

    long insert(long meetingId, int rank, AgendaItemDraft d, boolean followUp) {
        return dsl.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.RANK_NO, rank)
                .set(AGENDA_ITEM.TITLE, d.title())
                .set(AGENDA_ITEM.PRESENTER_ORGANISATION_ID, d.presenterId())
                .set(AGENDA_ITEM.DURATION_MINUTES, d.durationMinutes())
                .set(AGENDA_ITEM.NOTES, d.notes())
                .set(AGENDA_ITEM.FOLLOW_UP, followUp)
                .returning(AGENDA_ITEM.ID)
                .fetchOne(AGENDA_ITEM.ID);
    }

    int update(long id, int version, AgendaItemDraft d) {
        return dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.TITLE, d.title())
                .set(AGENDA_ITEM.PRESENTER_ORGANISATION_ID, d.presenterId())
                .set(AGENDA_ITEM.DURATION_MINUTES, d.durationMinutes())
                .set(AGENDA_ITEM.NOTES, d.notes())
                .set(AGENDA_ITEM.UPDATED_AT, DSL.currentLocalDateTime())
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(id)).and(AGENDA_ITEM.VERSION.eq(version))
                .execute();
    }

    int updateMinutes(long id, int version, String minutes) {
        return dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.MINUTES_TEXT, minutes)
                .set(AGENDA_ITEM.UPDATED_AT, DSL.currentLocalDateTime())
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(id)).and(AGENDA_ITEM.VERSION.eq(version))
                .execute();
    }

    /** Moves a point; its content is unchanged, so its version stays (minutes being typed remain valid). */
    void setRank(long id, int rank) {
        dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.RANK_NO, rank)
                .where(AGENDA_ITEM.ID.eq(id)).and(AGENDA_ITEM.RANK_NO.ne(rank))
                .execute();
    }

    int nextRank(long meetingId) {
        Integer max = dsl.select(DSL.max(AGENDA_ITEM.RANK_NO)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id)).and(AGENDA_ITEM.VERSION.eq(version))
                .execute();
    }
}
