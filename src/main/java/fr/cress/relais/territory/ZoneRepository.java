package fr.cress.relais.territory;

import fr.cress.relais.db.StaleDataException;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.OFFER_TERRITORY;
import static fr.cress.relais.db.generated.Tables.TERRITORY_ZONE;
import static fr.cress.relais.db.generated.Tables.ZONE_MEMBER;

/** User-defined zones and their members (EPCI or communes). */
final class ZoneRepository {

    private final DSLContext dsl;

    ZoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Zone> zones() {
        Map<Long, List<TerritoryRef>> members = new HashMap<>();
        dsl.selectFrom(ZONE_MEMBER).orderBy(ZONE_MEMBER.ID).forEach(r ->
                TerritoryLevel.byKey(r.getMemberLevel()).ifPresent(level -> members
                        .computeIfAbsent(r.getZoneId(), k -> new ArrayList<>())
                        .add(new TerritoryRef(level, r.getMemberCode()))));
        return dsl.selectFrom(TERRITORY_ZONE).orderBy(TERRITORY_ZONE.NAME).fetch(r -> new Zone(r.getId(),
                r.getCode(), r.getName(), ZoneKind.parse(r.getZoneKind()), r.getDescription(), r.getVersion(),
                members.getOrDefault(r.getId(), List.of())));
    }

    boolean codeExists(String code) {
        return dsl.fetchExists(TERRITORY_ZONE, TERRITORY_ZONE.CODE.eq(code));
    }

    /** Inserts (with the given code) or updates (optimistic locking) a zone and replaces its members. */
    long save(Zone zone) {
        long id;
        if (zone.isNew()) {
            id = dsl.insertInto(TERRITORY_ZONE)
                    .set(TERRITORY_ZONE.CODE, zone.code())
                    .set(TERRITORY_ZONE.NAME, zone.name())
                    .set(TERRITORY_ZONE.ZONE_KIND, zone.kind().name())
                    .set(TERRITORY_ZONE.DESCRIPTION, zone.description())
                    .returning(TERRITORY_ZONE.ID).fetchOne(TERRITORY_ZONE.ID);
        } else {
            id = zone.id();
            int rows = dsl.update(TERRITORY_ZONE)
                    .set(TERRITORY_ZONE.NAME, zone.name())
                    .set(TERRITORY_ZONE.ZONE_KIND, zone.kind().name())
                    .set(TERRITORY_ZONE.DESCRIPTION, zone.description())
                    .set(TERRITORY_ZONE.UPDATED_AT, LocalDateTime.now())
                    .set(TERRITORY_ZONE.VERSION, TERRITORY_ZONE.VERSION.plus(1))
                    .where(TERRITORY_ZONE.ID.eq(id)).and(TERRITORY_ZONE.VERSION.eq(zone.version()))
                    .execute();
            StaleDataException.check(rows, "territory.zone.entity");
            dsl.deleteFrom(ZONE_MEMBER).where(ZONE_MEMBER.ZONE_ID.eq(id)).execute();
        }
        for (TerritoryRef member : zone.members()) {
            dsl.insertInto(ZONE_MEMBER)
                    .set(ZONE_MEMBER.ZONE_ID, id)
                    .set(ZONE_MEMBER.MEMBER_LEVEL, member.level().name())
                    .set(ZONE_MEMBER.MEMBER_CODE, member.code())
                    .execute();
        }
        return id;
    }

    /** Number of offers covering the zone. */
    int offersUsing(String code) {
        return dsl.fetchCount(OFFER_TERRITORY, OFFER_TERRITORY.TERRITORY_LEVEL.eq(TerritoryLevel.ZONE.name())
                .and(OFFER_TERRITORY.TERRITORY_CODE.eq(code)));
    }

    void delete(long id) {
        dsl.deleteFrom(TERRITORY_ZONE).where(TERRITORY_ZONE.ID.eq(id)).execute();
    }
}
