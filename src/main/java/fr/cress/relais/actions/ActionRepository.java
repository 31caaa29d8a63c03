package fr.cress.relais.actions;

import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.generated.tables.records.BudgetLineRecord;
import fr.cress.relais.db.generated.tables.records.IndicatorRecord;
import fr.cress.relais.db.generated.tables.records.JointActionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.ACTION_CONTACT;
import static fr.cress.relais.db.generated.Tables.ACTION_FILE;
import static fr.cress.relais.db.generated.Tables.ACTION_PARTNER;
import static fr.cress.relais.db.generated.Tables.BUDGET_LINE;
import static fr.cress.relais.db.generated.Tables.INDICATOR;
import static fr.cress.relais.db.generated.Tables.JOINT_ACTION;

/**
 * Joint actions and what hangs from them (partners, contacts, files, indicators, budget lines).
 * The children of an action are saved with it: they are replaced as a whole, the action's version guards
 * the lot.
 */
public final class ActionRepository {

    private final DSLContext dsl;

    public ActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The actions of a programme, in objective then rank order. */
    public List<JointAction> actions(long programmeId) {
        return dsl.selectFrom(JOINT_ACTION).where(JOINT_ACTION.PROGRAMME_ID.eq(programmeId))
                .orderBy(JOINT_ACTION.OBJECTIVE_ID.nullsLast(), JOINT_ACTION.RANK_NO, JOINT_ACTION.ID)
                .fetch(ActionRepository::action);
    }

    /** Actions (not cancelled) that start or end between two dates, both included. */
    public List<JointAction> datedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return dsl.selectFrom(JOINT_ACTION)
                .where(JOINT_ACTION.START_DATE.between(from, to).or(JOINT_ACTION.END_DATE.between(from, to)))
                .and(JOINT_ACTION.STATUS.ne(ActionStatus.CANCELLED.name()))
                .orderBy(JOINT_ACTION.START_DATE, JOINT_ACTION.ID)
                .fetch(ActionRepository::action);
    }

    public Optional<JointAction> action(long id) {
        return dsl.selectFrom(JOINT_ACTION).where(JOINT_ACTION.ID.eq(id)).fetchOptional(ActionRepository::action);
    }

    public ActionDetail detail(JointAction action) {
        long id = action.id();
        return new ActionDetail(action,
                partners(JOINT_ACTION.ID.eq(id)).getOrDefault(id, List.of()),
                contacts(JOINT_ACTION.ID.eq(id)).getOrDefault(id, List.of()),
                files(id),
                indicators(JOINT_ACTION.ID.eq(id)).getOrDefault(id, List.of()),
                budget(JOINT_ACTION.ID.eq(id)).getOrDefault(id, List.of()));
    }

    /** Partners of every action of the programme, by action id. */
    public Map<Long, List<ActionPartner>> partnersOfProgramme(long programmeId) {
        return partners(JOINT_ACTION.PROGRAMME_ID.eq(programmeId));
    }

    public Map<Long, List<Long>> contactsOfProgramme(long programmeId) {
        return contacts(JOINT_ACTION.PROGRAMME_ID.eq(programmeId));
    }

    public Map<Long, List<Indicator>> indicatorsOfProgramme(long programmeId) {
        return indicators(JOINT_ACTION.PROGRAMME_ID.eq(programmeId));
    }

    public Map<Long, List<BudgetLine>> budgetOfProgramme(long programmeId) {
        return budget(JOINT_ACTION.PROGRAMME_ID.eq(programmeId));
    }

    public int nextRank(long programmeId, Long objectiveId) {
        Condition inObjective = objectiveId == null ? JOINT_ACTION.OBJECTIVE_ID.isNull()
                : JOINT_ACTION.OBJECTIVE_ID.eq(objectiveId);
        Integer max = dsl.select(DSL.max(JOINT_ACTION.RANK_NO)).from(JOINT_ACTION)
                .where(JOINT_ACTION.PROGRAMME_ID.eq(programmeId).and(inObjective))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public long insert(JointAction a) {
        JointActionRecord r = dsl.newRecord(JOINT_ACTION);
        fill(r, a);
        r.store();
        return r.getId();
    }

    public void update(JointAction a) {
        JointActionRecord r = dsl.newRecord(JOINT_ACTION);
        fill(r, a);
        int rows = dsl.update(JOINT_ACTION).set(r)
                .set(JOINT_ACTION.UPDATED_AT, DSL.currentLocalDateTime())
                .set(JOINT_ACTION.VERSION, JOINT_ACTION.VERSION.plus(1))
                .where(JOINT_ACTION.ID.eq(a.id()).and(JOINT_ACTION.VERSION.eq(a.version())))
                .execute();
        StaleDataException.check(rows, a.title());
    }

    public void delete(long id) {
        dsl.deleteFrom(JOINT_ACTION).where(JOINT_ACTION.ID.eq(id)).execute();
    }

    /** Replaces the children of an action by those of {@code detail} (files already resolved). */
    public void replaceChildren(long actionId, ActionDetail detail) {
        dsl.deleteFrom(ACTION_PARTNER).where(ACTION_PARTNER.ACTION_ID.eq(actionId)).execute();
        dsl.deleteFrom(ACTION_CONTACT).where(ACTION_CONTACT.ACTION_ID.eq(actionId)).execute();
        dsl.deleteFrom(ACTION_FILE).where(ACTION_FILE.ACTION_ID.eq(actionId)).execute();
        dsl.deleteFrom(INDICATOR).where(INDICATOR.ACTION_ID.eq(actionId)).execute();
        dsl.deleteFrom(BUDGET_LINE).where(BUDGET_LINE.ACTION_ID.eq(actionId)).execute();
        detail.partners().stream().distinct().forEach(p -> dsl.insertInto(ACTION_PARTNER)
                .set(ACTION_PARTNER.ACTION_ID, actionId)
                .set(ACTION_PARTNER.ORGANISATION_ID, p.organisationId())
                .set(ACTION_PARTNER.PARTNER_ROLE, p.role().name())
                .execute());
        detail.contactIds().stream().distinct().forEach(c -> dsl.insertInto(ACTION_CONTACT)
                .set(ACTION_CONTACT.ACTION_ID, actionId).set(ACTION_CONTACT.CONTACT_ID, c).execute());
        for (ActionFile f : detail.files()) {
            dsl.insertInto(ACTION_FILE).set(ACTION_FILE.ACTION_ID, actionId).set(ACTION_FILE.LABEL, f.label())
                    .set(ACTION_FILE.FILE_PATH, f.path()).set(ACTION_FILE.COPIED, f.copied()).execute();
        }
        int rank = 0;
        for (Indicator i : detail.indicators()) {
            dsl.insertInto(INDICATOR).set(INDICATOR.ACTION_ID, actionId).set(INDICATOR.RANK_NO, rank++)
                    .set(INDICATOR.INDICATOR_YEAR, i.year()).set(INDICATOR.NAME, i.name())
                    .set(INDICATOR.UNIT, i.unit()).set(INDICATOR.PLANNED, i.planned())
                    .set(INDICATOR.ACHIEVED, i.achieved()).set(INDICATOR.QUALITATIVE, i.qualitative()).execute();
        }
        rank = 0;
        for (BudgetLine b : detail.budget()) {
            dsl.insertInto(BUDGET_LINE).set(BUDGET_LINE.ACTION_ID, actionId).set(BUDGET_LINE.RANK_NO, rank++)
                    .set(BUDGET_LINE.LINE_TYPE, b.type().name()).set(BUDGET_LINE.LABEL, b.label())
                    .set(BUDGET_LINE.FUNDER_ID, b.funderId()).set(BUDGET_LINE.BUDGET_YEAR, b.year())
                    .set(BUDGET_LINE.PLANNED, b.planned()).set(BUDGET_LINE.GRANTED, b.granted())
                    .set(BUDGET_LINE.RECEIVED, b.received()).execute();
        }
    }

    public List<ActionFile> files(long actionId) {
        return dsl.selectFrom(ACTION_FILE).where(ACTION_FILE.ACTION_ID.eq(actionId)).orderBy(ACTION_FILE.ID)
                .fetch(r -> new ActionFile(r.getId(), r.getLabel(), r.getFilePath(), r.getCopied()));
    }

    private Map<Long, List<ActionPartner>> partners(Condition actions) {
        return dsl.select(ACTION_PARTNER.ACTION_ID, ACTION_PARTNER.ORGANISATION_ID, ACTION_PARTNER.PARTNER_ROLE)
                .from(ACTION_PARTNER).join(JOINT_ACTION).on(JOINT_ACTION.ID.eq(ACTION_PARTNER.ACTION_ID))
                .where(actions).orderBy(ACTION_PARTNER.ID)
                .fetchGroups(r -> r.value1(), r -> new ActionPartner(r.value2(), PartnerRole.valueOf(r.value3())));
    }

    private Map<Long, List<Long>> contacts(Condition actions) {
        return dsl.select(ACTION_CONTACT.ACTION_ID, ACTION_CONTACT.CONTACT_ID)
                .from(ACTION_CONTACT).join(JOINT_ACTION).on(JOINT_ACTION.ID.eq(ACTION_CONTACT.ACTION_ID))
                .where(actions).orderBy(ACTION_CONTACT.ID)
                .fetchGroups(r -> r.value1(), r -> r.value2());
    }

    private Map<Long, List<Indicator>> indicators(Condition actions) {
        return dsl.select(INDICATOR.fields()).from(INDICATOR).join(JOINT_ACTION).on(JOINT_ACTION.ID.eq(INDICATOR.ACTION_ID))
                .where(actions).orderBy(INDICATOR.RANK_NO, INDICATOR.ID)
                .fetchInto(INDICATOR)
                .intoGroups(INDICATOR.ACTION_ID, ActionRepository::indicator);
    }

    private Map<Long, List<BudgetLine>> budget(Condition actions) {
        return dsl.select(BUDGET_LINE.fields()).from(BUDGET_LINE).join(JOINT_ACTION).on(JOINT_ACTION.ID.eq(BUDGET_LINE.ACTION_ID))
                .where(actions).orderBy(BUDGET_LINE.RANK_NO, BUDGET_LINE.ID)
                .fetchInto(BUDGET_LINE)
                .intoGroups(BUDGET_LINE.ACTION_ID, ActionRepository::budgetLine);
    }

    private static void fill(JointActionRecord r, JointAction a) {
        r.setProgrammeId(a.programmeId());
        r.setObjectiveId(a.objectiveId());
        r.setRankNo(a.rank());
        r.setTitle(a.title());
        r.setKind(a.kind().name());
        r.setStatus(a.status().name());
        r.setStartYear(a.startYear());
        r.setEndYear(a.endYear());
        r.setStartDate(a.startDate());
        r.setEndDate(a.endDate());
        r.setPlace(a.place());
        r.setDescription(a.description());
        r.setResults(a.results());
        r.setNotes(a.notes());
    }

    private static JointAction action(JointActionRecord r) {
        return new JointAction(r.getId(), r.getProgrammeId(), r.getObjectiveId(), r.getRankNo(), r.getTitle(),
                ActionKind.valueOf(r.getKind()), ActionStatus.valueOf(r.getStatus()), r.getStartYear(),
                r.getEndYear(), r.getStartDate(), r.getEndDate(), r.getPlace(), r.getDescription(), r.getResults(),
                r.getNotes(), r.getVersion());
    }

    private static Indicator indicator(IndicatorRecord r) {
        return new Indicator(r.getId(), r.getIndicatorYear(), r.getName(), r.getUnit(), r.getPlanned(),
                r.getAchieved(), r.getQualitative());
    }

    private static BudgetLine budgetLine(BudgetLineRecord r) {
        return new BudgetLine(r.getId(), BudgetLineType.valueOf(r.getLineType()), r.getLabel(), r.getFunderId(),
                r.getBudgetYear(), r.getPlanned(), r.getGranted(), r.getReceived());
    }
}
