package fr.cress.relais.territory;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.DEPARTEMENT;
import static fr.cress.relais.db.generated.Tables.EPCI;

/** The territory reference in the store: departments, EPCI and communes. */
final class TerritoryRepository {

    private final DSLContext dsl;

    TerritoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<CommuneInfo> communes() {
        return dsl.select(COMMUNE.fields()).select(EPCI.NAME)
                .from(COMMUNE).leftJoin(EPCI).on(EPCI.CODE.eq(COMMUNE.EPCI_CODE))
                .orderBy(COMMUNE.CODE)
                .fetch(TerritoryRepository::commune);
    }

    Optional<CommuneInfo> commune(String code) {
        return dsl.select(COMMUNE.fields()).select(EPCI.NAME)
                .from(COMMUNE).leftJoin(EPCI).on(EPCI.CODE.eq(COMMUNE.EPCI_CODE))
                .where(COMMUNE.CODE.eq(code))
                .fetchOptional(TerritoryRepository::commune);
    }

    List<Epci> epcis() {
        return dsl.selectFrom(EPCI).orderBy(EPCI.CODE)
                .fetch(r -> new Epci(r.getCode(), r.getName(), r.getNature(), zeroIfNull(r.getPopulation()),
                        r.getDepartementCode()));
    }

    List<Departement> departements() {
        return dsl.selectFrom(DEPARTEMENT).orderBy(DEPARTEMENT.CODE)
                .fetch(r -> new Departement(r.getCode(), r.getName(), zeroIfNull(r.getPopulation())));
    }

    int communeCount(Collection<String> departementCodes) {
        return dsl.fetchCount(COMMUNE, COMMUNE.DEPARTEMENT_CODE.in(departementCodes));
    }

    /** Inserts or updates every row of the region; removes its communes that the asset no longer lists. */
    void save(RegionAsset asset) {
        saveDepartements(asset);
        saveEpcis(asset);
        saveCommunes(asset);
        Set<String> kept = new HashSet<>();
        asset.communes().forEach(c -> kept.add(c.code()));
        dsl.deleteFrom(COMMUNE)
                .where(COMMUNE.DEPARTEMENT_CODE.in(asset.departementCodes()))
                .and(COMMUNE.CODE.notIn(kept))
                .execute();
        dsl.deleteFrom(EPCI)
                .where(EPCI.CODE.notIn(dsl.selectDistinct(COMMUNE.EPCI_CODE).from(COMMUNE)
                        .where(COMMUNE.EPCI_CODE.isNotNull())))
                .execute();
    }

    private void saveDepartements(RegionAsset asset) {
        Set<String> existing = new HashSet<>(dsl.fetchValues(DEPARTEMENT.CODE));
        BatchBindStep insert = dsl.batch(dsl.insertInto(DEPARTEMENT, DEPARTEMENT.NAME, DEPARTEMENT.POPULATION,
                DEPARTEMENT.REGION_ID, DEPARTEMENT.CODE).values((String) null, null, null, null));
        BatchBindStep update = dsl.batch(dsl.update(DEPARTEMENT).set(DEPARTEMENT.NAME, (String) null)
                .set(DEPARTEMENT.POPULATION, (Integer) null).set(DEPARTEMENT.REGION_ID, (String) null)
                .set(DEPARTEMENT.UPDATED_AT, DSL.currentLocalDateTime())
                .where(DEPARTEMENT.CODE.eq((String) null)));
        for (Departement d : asset.departements()) {
            (existing.contains(d.code()) ? update : insert).bind(d.name(), d.population(), asset.id(), d.code());
        }
        execute(insert, update);
    }

    private void saveEpcis(RegionAsset asset) {
        Set<String> existing = new HashSet<>(dsl.fetchValues(EPCI.CODE));
        BatchBindStep insert = dsl.batch(dsl.insertInto(EPCI, EPCI.NAME, EPCI.NATURE, EPCI.POPULATION,
                EPCI.DEPARTEMENT_CODE, EPCI.CODE).values((String) null, null, null, null, null));
        BatchBindStep update = dsl.batch(dsl.update(EPCI).set(EPCI.NAME, (String) null)
                .set(EPCI.NATURE, (String) null).set(EPCI.POPULATION, (Integer) null)
                .set(EPCI.DEPARTEMENT_CODE, (String) null).set(EPCI.UPDATED_AT, DSL.currentLocalDateTime())
                .where(EPCI.CODE.eq((String) null)));
        for (Epci e : asset.epcis()) {
            (existing.contains(e.code()) ? update : insert)
                    .bind(e.name(), e.nature(), e.population(), e.departementCode(), e.code());
        }
        execute(insert, update);
    }

    private void saveCommunes(RegionAsset asset) {
        Set<String> existing = new HashSet<>(dsl.fetchValues(COMMUNE.CODE));
        BatchBindStep insert = dsl.batch(dsl.insertInto(COMMUNE, COMMUNE.NAME, COMMUNE.DEPARTEMENT_CODE,
                        COMMUNE.EPCI_CODE, COMMUNE.POPULATION, COMMUNE.LAT, COMMUNE.LON, COMMUNE.APPROX_POSITION,
                        COMMUNE.CODE)
                .values((String) null, null, null, null, null, null, null, null));
        BatchBindStep update = dsl.batch(dsl.update(COMMUNE).set(COMMUNE.NAME, (String) null)
                .set(COMMUNE.DEPARTEMENT_CODE, (String) null).set(COMMUNE.EPCI_CODE, (String) null)
                .set(COMMUNE.POPULATION, (Integer) null).set(COMMUNE.LAT, (Double) null)
                .set(COMMUNE.LON, (Double) null).set(COMMUNE.APPROX_POSITION, (Boolean) null)
                .set(COMMUNE.UPDATED_AT, DSL.currentLocalDateTime())
                .where(COMMUNE.CODE.eq((String) null)));
        for (RegionAsset.CommuneRow c : asset.communes()) {
            (existing.contains(c.code()) ? update : insert).bind(c.name(), c.departementCode(), c.epciCode(),
                    c.population(), c.lat(), c.lon(), c.approx(), c.code());
        }
        execute(insert, update);
    }

    private static void execute(BatchBindStep... batches) {
        for (BatchBindStep batch : batches) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    private static CommuneInfo commune(Record r) {
        return new CommuneInfo(r.get(COMMUNE.CODE), r.get(COMMUNE.NAME), zeroIfNull(r.get(COMMUNE.POPULATION)),
                r.get(COMMUNE.EPCI_CODE), r.get(EPCI.NAME), r.get(COMMUNE.DEPARTEMENT_CODE),
                zeroIfNull(r.get(COMMUNE.LAT)), zeroIfNull(r.get(COMMUNE.LON)),
                Boolean.TRUE.equals(r.get(COMMUNE.APPROX_POSITION)));
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }
}
