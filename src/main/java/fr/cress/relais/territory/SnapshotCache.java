package fr.cress.relais.territory;

import org.jooq.DSLContext;

import java.util.List;

/**
 * Keeps the last {@link CoverageSnapshot} with the stamp of the store it was read from, and reads a new one only
 * when the stamp moved: opening the map again, the gap list after the map, or the holders' suggestions compute
 * from the same snapshot until something is written. Thread-safe: background jobs may ask at the same time.
 */
final class SnapshotCache {

    private List<Object> stamp;
    private CoverageSnapshot snapshot;

    synchronized CoverageSnapshot current(DSLContext dsl) {
        List<Object> now = new OfferRepository(dsl).coverageStamp();
        if (snapshot == null || !now.equals(stamp)) {
            snapshot = new CoverageSnapshot(dsl);
            stamp = now;
        }
        return snapshot;
    }
}
