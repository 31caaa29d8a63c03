package fr.cress.relais.actions;

import org.jooq.DSLContext;

import java.util.List;

import static fr.cress.relais.db.generated.Tables.ACTION_ITEM;
import static fr.cress.relais.db.generated.Tables.MEETING;

/** Read-only: the open action items of meetings owned by an organisation, for its action plan. */
public final class ActionItemRepository {

    /** Status of an action item still to be done, as the meetings feature stores it. */
    static final String OPEN = "OPEN";

    private final DSLContext dsl;

    public ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OpenItem> openItemsOwnedBy(long organisationId) {
        return dsl.select(ACTION_ITEM.TITLE, ACTION_ITEM.DUE_DATE, MEETING.TITLE, MEETING.STARTS_AT, ACTION_ITEM.NOTES)
                .from(ACTION_ITEM).join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .where(ACTION_ITEM.OWNER_ORGANISATION_ID.eq(organisationId).and(ACTION_ITEM.STATUS.eq(OPEN)))
                .orderBy(ACTION_ITEM.DUE_DATE.nullsLast(), MEETING.STARTS_AT, ACTION_ITEM.ID)
                .fetch(r -> new OpenItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Organisations that own at least one open action item. */
    public List<Long> ownersWithOpenItems() {
        return dsl.selectDistinct(ACTION_ITEM.OWNER_ORGANISATION_ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.STATUS.eq(OPEN).and(ACTION_ITEM.OWNER_ORGANISATION_ID.isNotNull()))
                .fetch(ACTION_ITEM.OWNER_ORGANISATION_ID);
    }
}
