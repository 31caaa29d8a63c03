package fr.cress.relais.db;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Where a store's schema stands against the migrations this Relais knows.
 *
 * @param current the version applied last, or null when the store has no Relais schema yet
 * @param latest  the latest migration this Relais knows
 * @param pending migrations still to apply
 * @param newer   the store holds migrations this Relais does not know (written by a newer Relais)
 * @param failed  a migration started and failed (the store is half migrated)
 */
public record SchemaState(String current, String latest, int pending, boolean newer, boolean failed) {

    static SchemaState of(MigrationInfoService info) {
        MigrationInfo[] all = info.all();
        String latest = Arrays.stream(all)
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .map(m -> m.getVersion().getVersion())
                .orElse(null);
        MigrationInfo current = info.current();
        boolean newer = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        boolean failed = Arrays.stream(all).anyMatch(m -> m.getState().isFailed());
        return new SchemaState(current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                latest, info.pending().length, newer, failed);
    }

    /** The store is at the latest schema this Relais knows, with nothing failed or unknown. */
    public boolean upToDate() {
        return current != null && current.equals(latest) && pending == 0 && !newer && !failed;
    }
}
