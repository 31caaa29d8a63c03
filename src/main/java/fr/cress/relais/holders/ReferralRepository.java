package fr.cress.relais.holders;

import fr.cress.relais.common.error.AppException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.HOLDER;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.REFERRAL;

/** Referrals of holders to partners, read with the names of the holder, the partner and the contact. */
final class ReferralRepository {

    private final DSLContext dsl;

    ReferralRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Referral> forHolder(long holderId) {
        return select(REFERRAL.HOLDER_ID.eq(holderId));
    }

    /** Referrals without an outcome, of holders not in the recycle bin. */
    List<Referral> open() {
        return select(REFERRAL.OUTCOME.isNull());
    }

    /** Referrals without an outcome of the holders {@code holderIds} (not in the recycle bin). */
    List<Referral> open(java.util.Collection<Long> holderIds) {
        return select(REFERRAL.OUTCOME.isNull().and(REFERRAL.HOLDER_ID.in(holderIds)));
    }

    /** Every referral of holders not in the recycle bin. */
    List<Referral> all() {
        return select(DSL.noCondition());
    }

    /** Referrals made between two dates (inclusive). */
    List<Referral> madeBetween(LocalDate from, LocalDate to) {
        return select(REFERRAL.REFERRED_ON.between(from, to));
    }

    long insert(long holderId, long organisationId, Long contactId, String needKey, LocalDate referredOn,
                String reason) {
        return dsl.insertInto(REFERRAL)
                .set(REFERRAL.HOLDER_ID, holderId)
                .set(REFERRAL.ORGANISATION_ID, organisationId)
                .set(REFERRAL.CONTACT_ID, contactId)
                .set(REFERRAL.NEED_KEY, needKey)
                .set(REFERRAL.REFERRED_ON, referredOn)
                .set(REFERRAL.REASON, reason)
                .returning(REFERRAL.ID)
                .fetchOne(REFERRAL.ID);
    }

    void followedUp(long id, int version, LocalDate on) {
        int rows = dsl.update(REFERRAL)
                .set(REFERRAL.LAST_FOLLOW_UP_ON, on)
                .set(REFERRAL.VERSION, REFERRAL.VERSION.plus(1))
                .set(REFERRAL.UPDATED_AT, DSL.currentLocalDateTime())
                .where(REFERRAL.ID.eq(id).and(REFERRAL.VERSION.eq(version)))
                .execute();
        stale(rows);
    }

    /** Records (or clears, with nulls) the outcome of a referral. */
    void outcome(long id, int version, ReferralOutcome outcome, LocalDate on) {
        int rows = dsl.update(REFERRAL)
                .set(REFERRAL.OUTCOME, outcome == null ? null : outcome.name())
                .set(REFERRAL.OUTCOME_ON, on)
                .set(REFERRAL.VERSION, REFERRAL.VERSION.plus(1))
                .set(REFERRAL.UPDATED_AT, DSL.currentLocalDateTime())
                .where(REFERRAL.ID.eq(id).and(REFERRAL.VERSION.eq(version)))
                .execute();
        stale(rows);
    }

    void delete(long id, int version) {
        int rows = dsl.deleteFrom(REFERRAL).where(REFERRAL.ID.eq(id).and(REFERRAL.VERSION.eq(version))).execute();
        stale(rows);
    }

    private List<Referral> select(Condition condition) {
        return dsl.select(REFERRAL.ID, REFERRAL.VERSION, REFERRAL.HOLDER_ID, HOLDER.DISPLAY_NAME,
                        REFERRAL.ORGANISATION_ID, ORGANISATION.ACRONYM, ORGANISATION.NAME, REFERRAL.CONTACT_ID,
                        CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.PHONE, CONTACT.EMAIL, REFERRAL.NEED_KEY,
                        REFERRAL.REFERRED_ON, REFERRAL.REASON, REFERRAL.OUTCOME, REFERRAL.OUTCOME_ON,
                        REFERRAL.LAST_FOLLOW_UP_ON)
                .from(REFERRAL)
                .join(HOLDER).on(HOLDER.ID.eq(REFERRAL.HOLDER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REFERRAL.ORGANISATION_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(REFERRAL.CONTACT_ID))
                .where(condition.and(HOLDER.DELETED_AT.isNull()))
                .orderBy(REFERRAL.REFERRED_ON.desc(), REFERRAL.ID.desc())
                .fetch(ReferralRepository::toReferral);
    }

    private static Referral toReferral(Record r) {
        String acronym = r.get(ORGANISATION.ACRONYM);
        String organisation = acronym == null || acronym.isBlank() ? r.get(ORGANISATION.NAME) : acronym;
        return new Referral(r.get(REFERRAL.ID), r.get(REFERRAL.VERSION), r.get(REFERRAL.HOLDER_ID),
                r.get(HOLDER.DISPLAY_NAME), r.get(REFERRAL.ORGANISATION_ID), organisation, r.get(REFERRAL.CONTACT_ID),
                PartnerLookupRepository.personName(r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME)),
                r.get(CONTACT.PHONE), r.get(CONTACT.EMAIL), r.get(REFERRAL.NEED_KEY), r.get(REFERRAL.REFERRED_ON),
                r.get(REFERRAL.REASON), HolderRepository.enumOf(ReferralOutcome.class, r.get(REFERRAL.OUTCOME)),
                r.get(REFERRAL.OUTCOME_ON), r.get(REFERRAL.LAST_FOLLOW_UP_ON));
    }

    /** An update guarded by {@code version = ?} touched no row: someone else changed the record. */
    private static void stale(int rows) {
        if (rows == 0) {
            throw new AppException("holders.referral.error.stale");
        }
    }
}
