package fr.cress.relais.actions;

import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.generated.tables.records.ObjectiveRecord;
import fr.cress.relais.db.generated.tables.records.ProgrammeAxisRecord;
import fr.cress.relais.db.generated.tables.records.ProgrammeRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.OBJECTIVE;
import static fr.cress.relais.db.generated.Tables.PROGRAMME;
import static fr.cress.relais.db.generated.Tables.PROGRAMME_AXIS;

/** Programmes, their axes and their operational objectives. Updates check the version (optimistic locking). */
public final class ProgrammeRepository {

    private final DSLContext dsl;

    public ProgrammeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every programme, the most recent first. */
    public List<Programme> programmes() {
        return dsl.selectFrom(PROGRAMME).orderBy(PROGRAMME.START_YEAR.desc(), PROGRAMME.ID.desc())
                .fetch(ProgrammeRepository::programme);
    }

    public Optional<Programme> programme(long id) {
        return dsl.selectFrom(PROGRAMME).where(PROGRAMME.ID.eq(id)).fetchOptional(ProgrammeRepository::programme);
    }

    public List<Axis> axes(long programmeId) {
        return dsl.selectFrom(PROGRAMME_AXIS).where(PROGRAMME_AXIS.PROGRAMME_ID.eq(programmeId))
                .orderBy(PROGRAMME_AXIS.AXIS_NO, PROGRAMME_AXIS.ID)
                .fetch(ProgrammeRepository::axis);
    }

    /** The objectives of every axis of the programme, by axis then number. */
    public List<Objective> objectives(long programmeId) {
        return dsl.select(OBJECTIVE.fields()).from(OBJECTIVE)
                .join(PROGRAMME_AXIS).on(PROGRAMME_AXIS.ID.eq(OBJECTIVE.AXIS_ID))
                .where(PROGRAMME_AXIS.PROGRAMME_ID.eq(programmeId))
                .orderBy(PROGRAMME_AXIS.AXIS_NO, PROGRAMME_AXIS.ID, OBJECTIVE.OBJECTIVE_NO, OBJECTIVE.ID)
                .fetchInto(OBJECTIVE)
                .map(ProgrammeRepository::objective);
    }

    public long insert(Programme p) {
        return dsl.insertInto(PROGRAMME)
                .set(PROGRAMME.NAME, p.name())
                .set(PROGRAMME.START_YEAR, p.startYear())
                .set(PROGRAMME.END_YEAR, p.endYear())
                .set(PROGRAMME.DESCRIPTION, p.description())
                .set(PROGRAMME.PREVIOUS_ID, p.previousId())
                .returning(PROGRAMME.ID).fetchOne(PROGRAMME.ID);
    }

    public void update(Programme p) {
        int rows = dsl.update(PROGRAMME)
                .set(PROGRAMME.NAME, p.name())
                .set(PROGRAMME.START_YEAR, p.startYear())
                .set(PROGRAMME.END_YEAR, p.endYear())
                .set(PROGRAMME.DESCRIPTION, p.description())
                .set(PROGRAMME.UPDATED_AT, DSL.currentLocalDateTime())
                .set(PROGRAMME.VERSION, PROGRAMME.VERSION.plus(1))
                .where(PROGRAMME.ID.eq(p.id()).and(PROGRAMME.VERSION.eq(p.version())))
                .execute();
        StaleDataException.check(rows, p.name());
    }

    public void deleteProgramme(long id) {
        dsl.deleteFrom(PROGRAMME).where(PROGRAMME.ID.eq(id)).execute();
    }

    public long insert(Axis a) {
        return dsl.insertInto(PROGRAMME_AXIS)
                .set(PROGRAMME_AXIS.PROGRAMME_ID, a.programmeId())
                .set(PROGRAMME_AXIS.AXIS_NO, a.number())
                .set(PROGRAMME_AXIS.TITLE, a.title())
                .set(PROGRAMME_AXIS.DESCRIPTION, a.description())
                .returning(PROGRAMME_AXIS.ID).fetchOne(PROGRAMME_AXIS.ID);
    }

    public void update(Axis a) {
        int rows = dsl.update(PROGRAMME_AXIS)
                .set(PROGRAMME_AXIS.AXIS_NO, a.number())
                .set(PROGRAMME_AXIS.TITLE, a.title())
                .set(PROGRAMME_AXIS.DESCRIPTION, a.description())
                .set(PROGRAMME_AXIS.UPDATED_AT, DSL.currentLocalDateTime())
                .set(PROGRAMME_AXIS.VERSION, PROGRAMME_AXIS.VERSION.plus(1))
                .where(PROGRAMME_AXIS.ID.eq(a.id()).and(PROGRAMME_AXIS.VERSION.eq(a.version())))
                .execute();
        StaleDataException.check(rows, a.title());
    }

    public void deleteAxis(long id) {
        dsl.deleteFrom(PROGRAMME_AXIS).where(PROGRAMME_AXIS.ID.eq(id)).execute();
    }

    public long insert(Objective o) {
        return dsl.insertInto(OBJECTIVE)
                .set(OBJECTIVE.AXIS_ID, o.axisId())
                .set(OBJECTIVE.OBJECTIVE_NO, o.number())
                .set(OBJECTIVE.TITLE, o.title())
                .set(OBJECTIVE.DESCRIPTION, o.description())
                .returning(OBJECTIVE.ID).fetchOne(OBJECTIVE.ID);
    }

    public void update(Objective o) {
        int rows = dsl.update(OBJECTIVE)
                .set(OBJECTIVE.AXIS_ID, o.axisId())
                .set(OBJECTIVE.OBJECTIVE_NO, o.number())
                .set(OBJECTIVE.TITLE, o.title())
                .set(OBJECTIVE.DESCRIPTION, o.description())
                .set(OBJECTIVE.UPDATED_AT, DSL.currentLocalDateTime())
                .set(OBJECTIVE.VERSION, OBJECTIVE.VERSION.plus(1))
                .where(OBJECTIVE.ID.eq(o.id()).and(OBJECTIVE.VERSION.eq(o.version())))
                .execute();
        StaleDataException.check(rows, o.title());
    }

    public void deleteObjective(long id) {
        dsl.deleteFrom(OBJECTIVE).where(OBJECTIVE.ID.eq(id)).execute();
    }

    private static Programme programme(ProgrammeRecord r) {
        return new Programme(r.getId(), r.getName(), r.getStartYear(), r.getEndYear(), r.getDescription(),
                r.getPreviousId(), r.getVersion());
    }

    private static Axis axis(ProgrammeAxisRecord r) {
        return new Axis(r.getId(), r.getProgrammeId(), r.getAxisNo(), r.getTitle(), r.getDescription(), r.getVersion());
    }

    private static Objective objective(ObjectiveRecord r) {
        return new Objective(r.getId(), r.getAxisId(), r.getObjectiveNo(), r.getTitle(), r.getDescription(),
                r.getVersion());
    }
}
