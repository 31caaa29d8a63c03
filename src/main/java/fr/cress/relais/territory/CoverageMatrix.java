package fr.cress.relais.territory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    static CoverageMatrix of(CoverageSnapshot snapshot, TerritoryLevel level) {
        Map<ServiceKind, List<TerritoryCoverage>> byService = new EnumMap<>(ServiceKind.class);
        for (ServiceKind service : ServiceKind.values()) {
            byService.put(service, CoverageService.coverage(snapshot, level, Set.of(service)));
        }
        Map<ServiceFamily, List<TerritoryCoverage>> byFamily = new EnumMap<>(ServiceFamily.class);
        for (ServiceFamily family : ServiceFamily.values()) {
            byFamily.put(family, CoverageService.coverage(snapshot, level, ServiceKind.resolve(family.key())));
        }
        List<Territory> territories = snapshot.territories(level);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < territories.size(); i++) {
            Map<ServiceKind, Integer> services = new EnumMap<>(ServiceKind.class);
            for (ServiceKind service : ServiceKind.values()) {
                services.put(service, byService.get(service).get(i).structureCount());
            }
            Map<ServiceFamily, Integer> families = new EnumMap<>(ServiceFamily.class);
            for (ServiceFamily family : ServiceFamily.values()) {
                families.put(family, byFamily.get(family).get(i).structureCount());
            }
            rows.add(new Row(territories.get(i), services, families));
        }
        return new CoverageMatrix(level, rows);
    }
}
