package fr.cress.relais.db;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.*;

/** Counts of what the store holds, for {@code relais stats}, the welcome screen and integrity checks. */
public final class StoreStats {

    private StoreStats() {
    }

    public static Map<String, Long> count(DSLContext dsl) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("organisations", count(dsl, ORGANISATION, ORGANISATION.DELETED_AT.isNull()));
        counts.put("contacts", count(dsl, CONTACT, CONTACT.DELETED_AT.isNull()));
        counts.put("groups", count(dsl, WORK_GROUP, DSL.noCondition()));
        counts.put("memberships", count(dsl, MEMBERSHIP, DSL.noCondition()));
        counts.put("meetings", count(dsl, MEETING, DSL.noCondition()));
        counts.put("agendaItems", count(dsl, AGENDA_ITEM, DSL.noCondition()));
        counts.put("invitees", count(dsl, MEETING_INVITEE, DSL.noCondition()));
        counts.put("actionItems", count(dsl, ACTION_ITEM, DSL.noCondition()));
        counts.put("actions", count(dsl, JOINT_ACTION, DSL.noCondition()));
        counts.put("indicators", count(dsl, INDICATOR, DSL.noCondition()));
        counts.put("programmes", count(dsl, PROGRAMME, DSL.noCondition()));
        counts.put("communes", count(dsl, COMMUNE, DSL.noCondition()));
        counts.put("epci", count(dsl, EPCI, DSL.noCondition()));
        counts.put("departements", count(dsl, DEPARTEMENT, DSL.noCondition()));
        counts.put("zones", count(dsl, TERRITORY_ZONE, DSL.noCondition()));
        counts.put("offers", count(dsl, OFFER, DSL.noCondition()));
        counts.put("offerTerritories", count(dsl, OFFER_TERRITORY, DSL.noCondition()));
        counts.put("holders", count(dsl, HOLDER, DSL.noCondition()));
        counts.put("referrals", count(dsl, REFERRAL, DSL.noCondition()));
        return counts;
    }

    /** True when the user has entered nothing yet (reference territories do not count). */
    public static boolean isEmpty(DSLContext dsl) {
        return dsl.fetchCount(ORGANISATION) == 0
                && dsl.fetchCount(PROGRAMME) == 0
                && dsl.fetchCount(MEETING) == 0
                && dsl.fetchCount(HOLDER) == 0;
    }

    private static long count(DSLContext dsl, Table<?> table, Condition condition) {
        return dsl.fetchCount(table, condition);
    }
}
