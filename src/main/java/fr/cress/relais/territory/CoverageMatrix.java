package fr.cress.relais.territory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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

    /**
     * Counts like the map and the gap list (distinct structures, by name), in one pass over the communes for
     * every service at once rather than one pass per service and family.
     */
    static CoverageMatrix of(CoverageSnapshot snapshot, TerritoryLevel level) {
        Map<String, Map<ServiceKind, Set<Long>>> byCommune = snapshot.organisationsByCommuneAndService();
        List<Row> rows = new ArrayList<>();
        for (Territory territory : snapshot.territories(level)) {
            Map<ServiceKind, Set<Long>> reaching = new EnumMap<>(ServiceKind.class);
            for (String code : territory.communeCodes()) {
                byCommune.getOrDefault(code, Map.of()).forEach((service, ids) ->
                        reaching.computeIfAbsent(service, k -> new HashSet<>()).addAll(ids));
            }
            Map<ServiceKind, Integer> services = new EnumMap<>(ServiceKind.class);
            for (ServiceKind service : ServiceKind.values()) {
                services.put(service, snapshot.shortNames(reaching.getOrDefault(service, Set.of())).size());
            }
            Map<ServiceFamily, Integer> families = new EnumMap<>(ServiceFamily.class);
            for (ServiceFamily family : ServiceFamily.values()) {
                Set<Long> ids = new HashSet<>();
                ServiceKind.resolve(family.key()).forEach(s -> ids.addAll(reaching.getOrDefault(s, Set.of())));
                families.put(family, snapshot.shortNames(ids).size());
            }
            rows.add(new Row(territory, services, families));
        }
        return new CoverageMatrix(level, rows);
    }
}
