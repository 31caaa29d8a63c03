package fr.cress.relais.territory;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.db.Store;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** User-defined zones (« pays », bassins de vie): groups of EPCI or communes. */
public final class ZoneService {

    private static final int CODE_LENGTH = 20;

    private final Store store;

    ZoneService(Store store) {
        this.store = store;
    }

    public List<Zone> zones() {
        return new ZoneRepository(store.dsl()).zones();
    }

    /**
     * Saves a zone (a new one gets a stable code made from its name); refuses a zone without name or members,
     * or with members that are not EPCI or communes of the reference. Returns its id.
     */
    public long save(Zone zone) {
        if (zone.name() == null || zone.name().isBlank()) {
            throw new BadInputException("territory.zone.noName");
        }
        if (zone.members().isEmpty()) {
            throw new BadInputException("territory.zone.noMember");
        }
        return store.transaction(dsl -> {
            CoverageSnapshot snapshot = new CoverageSnapshot(dsl);
            List<String> wrong = zone.members().stream()
                    .filter(m -> m.level() == TerritoryLevel.ZONE || m.level() == TerritoryLevel.DEPARTEMENT
                            || !snapshot.exists(m))
                    .map(m -> m.level().key() + " " + m.code()).toList();
            if (!wrong.isEmpty()) {
                throw new BadInputException((Throwable) null, wrong, "territory.zone.badMember", wrong.size());
            }
            ZoneRepository zones = new ZoneRepository(dsl);
            Zone toSave = zone.isNew() ? withCode(zone, uniqueCode(zones, zone.name())) : zone;
            long id = zones.save(new Zone(toSave.id(), toSave.code(), toSave.name().strip(), toSave.kind(),
                    toSave.description(), toSave.version(), toSave.members()));
            new ContourRepository(dsl).clearUnion(TerritoryLevel.ZONE, toSave.code());
            return id;
        });
    }

    /** Deletes a zone; refused while offers cover it. */
    public void delete(Zone zone) {
        store.transaction(dsl -> {
            int used = new ZoneRepository(dsl).offersUsing(zone.code());
            if (used > 0) {
                throw new BadInputException("territory.zone.inUse", zone.name(), used);
            }
            new ZoneRepository(dsl).delete(zone.id());
            new ContourRepository(dsl).clearUnion(TerritoryLevel.ZONE, zone.code());
            return null;
        });
    }

    private static Zone withCode(Zone zone, String code) {
        return new Zone(zone.id(), code, zone.name(), zone.kind(), zone.description(), zone.version(), zone.members());
    }

    static String uniqueCode(ZoneRepository zones, String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = slug.isEmpty() ? "zone" : slug.substring(0, Math.min(slug.length(), CODE_LENGTH - 3));
        String code = base;
        for (int i = 2; zones.codeExists(code); i++) {
            code = base + "-" + i;
        }
        return code;
    }
}
