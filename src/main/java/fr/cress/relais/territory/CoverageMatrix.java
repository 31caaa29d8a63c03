package fr.cress.relais.territory;

import java.util.List;
import java.util.Map;

/**
 * Territory × service: how many structures reach each territory of a level for each service, and for each
 * family (structures offering at least one service of the family). Computed like the map and the gap list.
 */
public record CoverageMatrix(TerritoryLevel level, List<Row> rows) {

    public CoverageMatrix {
        rows = List.copyOf(rows);
    }

    /** One territory with its counts. */
    public record Row(Territory territory, Map<ServiceKind, Integer> services, Map<ServiceFamily, Integer> families) {

        public Row {
            services = Map.copyOf(services);
            families = Map.copyOf(families);
        }

        public int count(ServiceKind service) {
            return services.getOrDefault(service, 0);
        }

        public int count(ServiceFamily family) {
            return families.getOrDefault(family, 0);
        }
    }

    /** Counts like the map and the gap list (distinct structures, by name), for every service at once. */
    static CoverageMatrix of(CoverageSnapshot snapshot, TerritoryLevel level) {
        return new CoverageMatrix(level, snapshot.matrixRows(level));
    }
}
