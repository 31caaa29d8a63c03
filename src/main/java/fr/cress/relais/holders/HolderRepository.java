package fr.cress.relais.holders;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.db.generated.tables.records.HolderRecord;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.HOLDER;
import static fr.cress.relais.db.generated.Tables.HOLDER_NEED;
import static fr.cress.relais.db.generated.Tables.REFERRAL;

/** Holders and their needs in the store. Deleted holders (recycle bin) are left out of every read. */
final class HolderRepository {

    private final DSLContext dsl;

    HolderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every holder for the list, with its commune's name and its number of referrals. */
    List<HolderRow> rows() {
        Map<Long, List<String>> needs = needs(DSL.noCondition());
        Map<Long, Integer> referrals = referralCounts(DSL.noCondition());
        return listQuery().fetch(r -> row(r, needs, referrals));
    }

    /**
     * The first {@code limit} holders of {@link #rows()}, in the same order (latest first contact first), read
     * with their needs and referrals only: what the list shows first on a large network.
     */
    List<HolderRow> firstRows(int limit) {
        var head = listQuery().limit(limit).fetch();
        List<Long> ids = head.map(r -> r.value1());
        Map<Long, List<String>> needs = needs(HOLDER_NEED.HOLDER_ID.in(ids));
        Map<Long, Integer> referrals = referralCounts(REFERRAL.HOLDER_ID.in(ids));
        return head.map(r -> row(r, needs, referrals));
    }

    /** The number of holders not in the recycle bin (the length of {@link #rows()}). */
    int count() {
        return dsl.fetchCount(HOLDER, HOLDER.DELETED_AT.isNull());
    }

    private org.jooq.SelectSeekStep2<org.jooq.Record9<Long, String, String, String, String, String, LocalDate, String,
            Boolean>, LocalDate, Long> listQuery() {
        return dsl.select(HOLDER.ID, HOLDER.DISPLAY_NAME, HOLDER.PROJECT_NAME, HOLDER.COMMUNE_CODE, COMMUNE.NAME,
                        HOLDER.STAGE, HOLDER.FIRST_CONTACT_ON, HOLDER.FIRST_CONTACT_CHANNEL, HOLDER.ANONYMISED)
                .from(HOLDER)
                .leftJoin(COMMUNE).on(COMMUNE.CODE.eq(HOLDER.COMMUNE_CODE))
                .where(HOLDER.DELETED_AT.isNull())
                .orderBy(HOLDER.FIRST_CONTACT_ON.desc(), HOLDER.ID.desc());
    }

    private Map<Long, Integer> referralCounts(Condition condition) {
        return dsl.select(REFERRAL.HOLDER_ID, DSL.count())
                .from(REFERRAL).where(condition).groupBy(REFERRAL.HOLDER_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private static HolderRow row(org.jooq.Record9<Long, String, String, String, String, String, LocalDate, String,
            Boolean> r, Map<Long, List<String>> needs, Map<Long, Integer> referrals) {
        return new HolderRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                Stage.valueOf(r.value6()), needs.getOrDefault(r.value1(), List.of()), r.value7(),
                enumOf(ContactChannel.class, r.value8()), r.value9(),
                referrals.getOrDefault(r.value1(), 0), 0);
    }

    Optional<Holder> find(long id) {
        return dsl.selectFrom(HOLDER).where(HOLDER.ID.eq(id).and(HOLDER.DELETED_AT.isNull()))
                .fetchOptional()
                .map(r -> toHolder(r, needs(HOLDER_NEED.HOLDER_ID.eq(id)).getOrDefault(id, List.of())));
    }

    /** Every holder not in the recycle bin, with its needs. */
    List<Holder> all() {
        return holders(HOLDER.DELETED_AT.isNull());
    }

    /** Holders first met between two dates (inclusive), with their needs: statistics and exports. */
    List<Holder> metBetween(LocalDate from, LocalDate to) {
        return holders(HOLDER.FIRST_CONTACT_ON.between(from, to).and(HOLDER.DELETED_AT.isNull()));
    }

    private List<Holder> holders(Condition condition) {
        Map<Long, List<String>> needs = needs(HOLDER_NEED.HOLDER_ID.in(
                DSL.select(HOLDER.ID).from(HOLDER).where(condition)));
        return dsl.selectFrom(HOLDER).where(condition).orderBy(HOLDER.FIRST_CONTACT_ON, HOLDER.ID)
                .fetch(r -> toHolder(r, needs.getOrDefault(r.getId(), List.of())));
    }

    long insert(Holder h) {
        HolderRecord record = dsl.newRecord(HOLDER);
        fill(record, h);
        record.store();
        replaceNeeds(record.getId(), h.needs());
        return record.getId();
    }

    void update(Holder h) {
        HolderRecord values = new HolderRecord();
        fill(values, h);
        int rows = dsl.update(HOLDER)
                .set(values)
                .set(HOLDER.VERSION, HOLDER.VERSION.plus(1))
                .set(HOLDER.UPDATED_AT, DSL.currentLocalDateTime())
                .where(HOLDER.ID.eq(h.id()).and(HOLDER.VERSION.eq(h.version())).and(HOLDER.DELETED_AT.isNull()))
                .execute();
        stale(rows);
        replaceNeeds(h.id(), h.needs());
    }

    /** Moves a holder to the recycle bin. */
    void delete(long id, int version) {
        int rows = dsl.update(HOLDER)
                .set(HOLDER.DELETED_AT, DSL.currentLocalDateTime())
                .set(HOLDER.VERSION, HOLDER.VERSION.plus(1))
                .where(HOLDER.ID.eq(id).and(HOLDER.VERSION.eq(version)).and(HOLDER.DELETED_AT.isNull()))
                .execute();
        stale(rows);
    }

    /** Brings a holder back from the recycle bin. */
    void restore(long id) {
        dsl.update(HOLDER)
                .setNull(HOLDER.DELETED_AT)
                .set(HOLDER.VERSION, HOLDER.VERSION.plus(1))
                .set(HOLDER.UPDATED_AT, DSL.currentLocalDateTime())
                .where(HOLDER.ID.eq(id))
                .execute();
    }

    /** RGPD erasure: names, contact details and free text go; what the statistics count stays. */
    void anonymise(long id, int version, String placeholder) {
        int rows = dsl.update(HOLDER)
                .set(HOLDER.DISPLAY_NAME, placeholder)
                .set(HOLDER.ANONYMISED, true)
                .setNull(HOLDER.FIRST_NAME)
                .setNull(HOLDER.LAST_NAME)
                .setNull(HOLDER.EMAIL)
                .setNull(HOLDER.PHONE)
                .setNull(HOLDER.PROJECT_NAME)
                .setNull(HOLDER.PROJECT_SUMMARY)
                .setNull(HOLDER.NOTES)
                .set(HOLDER.VERSION, HOLDER.VERSION.plus(1))
                .set(HOLDER.UPDATED_AT, DSL.currentLocalDateTime())
                .where(HOLDER.ID.eq(id).and(HOLDER.VERSION.eq(version)))
                .execute();
        stale(rows);
        dsl.update(REFERRAL).setNull(REFERRAL.REASON).where(REFERRAL.HOLDER_ID.eq(id)).execute();
    }

    private void replaceNeeds(long holderId, List<String> needs) {
        dsl.deleteFrom(HOLDER_NEED).where(HOLDER_NEED.HOLDER_ID.eq(holderId)).execute();
        for (String need : needs) {
            dsl.insertInto(HOLDER_NEED).set(HOLDER_NEED.HOLDER_ID, holderId).set(HOLDER_NEED.NEED_KEY, need).execute();
        }
    }

    private Map<Long, List<String>> needs(Condition condition) {
        Map<Long, List<String>> result = new HashMap<>();
        dsl.select(HOLDER_NEED.HOLDER_ID, HOLDER_NEED.NEED_KEY).from(HOLDER_NEED).where(condition)
                .orderBy(HOLDER_NEED.ID)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }

    private static void fill(HolderRecord r, Holder h) {
        r.setDisplayName(h.displayName());
        r.setCollective(h.collective());
        r.setFirstName(h.firstName());
        r.setLastName(h.lastName());
        r.setEmail(h.email());
        r.setPhone(h.phone());
        r.setConsentBasis(h.consentBasis() == null ? null : h.consentBasis().name());
        r.setConsentDate(h.consentDate());
        r.setProjectName(h.projectName());
        r.setProjectSummary(h.projectSummary());
        r.setSector(h.sector() == null ? null : h.sector().name());
        r.setCommuneCode(h.communeCode());
        r.setStage(h.stage().name());
        r.setLegalForm(h.legalForm() == null ? null : h.legalForm().name());
        r.setFirstContactOn(h.firstContactOn());
        r.setFirstContactChannel(h.firstContactChannel() == null ? null : h.firstContactChannel().name());
        r.setNotes(h.notes());
    }

    private static Holder toHolder(HolderRecord r, List<String> needs) {
        return new Holder(r.getId(), r.getVersion(), r.getDisplayName(), r.getCollective(), r.getFirstName(),
                r.getLastName(), r.getEmail(), r.getPhone(), enumOf(ConsentBasis.class, r.getConsentBasis()),
                r.getConsentDate(), r.getProjectName(), r.getProjectSummary(), enumOf(Sector.class, r.getSector()),
                r.getCommuneCode(), Stage.valueOf(r.getStage()), enumOf(LegalForm.class, r.getLegalForm()),
                r.getFirstContactOn(), enumOf(ContactChannel.class, r.getFirstContactChannel()), r.getNotes(),
                r.getAnonymised(), needs);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** An update guarded by {@code version = ?} touched no row: someone else changed the record. */
    private static void stale(int rows) {
        if (rows == 0) {
            throw new AppException("holders.error.stale");
        }
    }
}
