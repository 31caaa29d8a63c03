package fr.cress.relais.holders;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;

import java.util.List;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.DEPARTEMENT;
import static fr.cress.relais.db.generated.Tables.EPCI;

/** Reads the territory reference (filled by the territory feature) for the commune picker and statistics. */
final class CommuneRepository {

    private static final List<SelectField<?>> FIELDS = List.of(COMMUNE.CODE, COMMUNE.NAME,
            COMMUNE.DEPARTEMENT_CODE, DEPARTEMENT.NAME, COMMUNE.EPCI_CODE, EPCI.NAME, COMMUNE.LAT, COMMUNE.LON);

    private final DSLContext dsl;

    CommuneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<CommuneRef> all() {
        return select().orderBy(COMMUNE.NAME).fetch(CommuneRepository::toRef);
    }

    Optional<CommuneRef> find(String code) {
        return select().where(COMMUNE.CODE.eq(code)).fetchOptional(CommuneRepository::toRef);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(FIELDS)
                .from(COMMUNE)
                .leftJoin(DEPARTEMENT).on(DEPARTEMENT.CODE.eq(COMMUNE.DEPARTEMENT_CODE))
                .leftJoin(EPCI).on(EPCI.CODE.eq(COMMUNE.EPCI_CODE));
    }

    private static CommuneRef toRef(Record r) {
        return new CommuneRef(r.get(COMMUNE.CODE), r.get(COMMUNE.NAME), r.get(COMMUNE.DEPARTEMENT_CODE),
                r.get(DEPARTEMENT.NAME), r.get(COMMUNE.EPCI_CODE), r.get(EPCI.NAME), r.get(COMMUNE.LAT),
                r.get(COMMUNE.LON));
    }
}
