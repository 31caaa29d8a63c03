package fr.cress.relais.territory;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static fr.cress.relais.db.generated.Tables.CONTOUR;

/**
 * Contours in the store, as WKT (WGS84). Imported contours carry the file they came from in {@code source};
 * contours computed as the union of communes (EPCI, zones, departments) carry {@value #UNION} and are a cache.
 */
final class ContourRepository {

    static final String UNION = "union";

    private final DSLContext dsl;

    ContourRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int count() {
        return dsl.fetchCount(CONTOUR);
    }

    int countImported(TerritoryLevel level) {
        return dsl.fetchCount(CONTOUR, CONTOUR.TERRITORY_LEVEL.eq(level.name())
                .and(CONTOUR.SOURCE.isNull().or(CONTOUR.SOURCE.ne(UNION))));
    }

    /** Code → WKT of the contours of a level (imported and cached unions alike). */
    Map<String, String> contours(TerritoryLevel level) {
        Map<String, String> result = new LinkedHashMap<>();
        dsl.select(CONTOUR.CODE, CONTOUR.GEOMETRY_WKT).from(CONTOUR)
                .where(CONTOUR.TERRITORY_LEVEL.eq(level.name()))
                .orderBy(CONTOUR.CODE)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** Codes of a level whose contour was imported (not computed). */
    Set<String> importedCodes(TerritoryLevel level) {
        return Set.copyOf(dsl.select(CONTOUR.CODE).from(CONTOUR)
                .where(CONTOUR.TERRITORY_LEVEL.eq(level.name()))
                .and(CONTOUR.SOURCE.isNull().or(CONTOUR.SOURCE.ne(UNION)))
                .fetch(CONTOUR.CODE));
    }

    /** Inserts or replaces one contour. */
    void put(TerritoryLevel level, String code, String wkt, String source) {
        int updated = dsl.update(CONTOUR)
                .set(CONTOUR.GEOMETRY_WKT, wkt)
                .set(CONTOUR.SOURCE, source)
                .set(CONTOUR.UPDATED_AT, DSL.currentLocalDateTime())
                .set(CONTOUR.VERSION, CONTOUR.VERSION.plus(1))
                .where(CONTOUR.TERRITORY_LEVEL.eq(level.name())).and(CONTOUR.CODE.eq(code))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CONTOUR)
                    .set(CONTOUR.TERRITORY_LEVEL, level.name())
                    .set(CONTOUR.CODE, code)
                    .set(CONTOUR.GEOMETRY_WKT, wkt)
                    .set(CONTOUR.SOURCE, source)
                    .execute();
        }
    }

    /** Forgets every computed union (after new commune contours or a changed zone). */
    void clearUnions() {
        dsl.deleteFrom(CONTOUR).where(CONTOUR.SOURCE.eq(UNION)).execute();
    }

    void clearUnion(TerritoryLevel level, String code) {
        dsl.deleteFrom(CONTOUR).where(CONTOUR.SOURCE.eq(UNION))
                .and(CONTOUR.TERRITORY_LEVEL.eq(level.name())).and(CONTOUR.CODE.eq(code))
                .execute();
    }
}
