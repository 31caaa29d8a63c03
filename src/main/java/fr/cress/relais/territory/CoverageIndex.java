package fr.cress.relais.territory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coverage with int indexes, built once per snapshot: the communes are numbered, the structures are ranked in
 * the French order of their short names ({@link StructureRanks}), and for each service and
 * commune a {@link BitSet} holds the ranks of the structures covering the commune. A count of distinct
 * structures is then a cardinality, a union an {@code or}, and the sorted names a walk over the set bits.
 * Immutable once built (the cache of name lists is concurrent): several background jobs may read it at once.
 */
final class CoverageIndex {

    private static final ServiceKind[] SERVICES = ServiceKind.values();
    private static final BitSet NONE = new BitSet();

    private final Map<String, Integer> communeIndex = new HashMap<>();
    private final int[] population;
    private final StructureRanks ranks;
    private final BitSet[][] covering;
    private final Map<BitSet, List<String>> namesBySet = new ConcurrentHashMap<>();

    CoverageIndex(CoverageSnapshot snapshot, StructureRanks ranks) {
        List<CommuneInfo> communes = new ArrayList<>(snapshot.communes().values());
        population = new int[communes.size()];
        for (int i = 0; i < communes.size(); i++) {
            communeIndex.put(communes.get(i).code(), i);
            population[i] = communes.get(i).population();
        }
        this.ranks = ranks;
        covering = new BitSet[SERVICES.length][communes.size()];
        Map<TerritoryRef, BitSet[]> byTerritory = ranksByTerritory(snapshot, ranks);
        for (int c = 0; c < communes.size(); c++) {
            for (TerritoryRef ref : snapshot.containing(communes.get(c))) {
                BitSet[] offered = byTerritory.get(ref);
                if (offered != null) {
                    addAll(offered, c);
                }
            }
        }
    }

    /** For each territory holding offers, the ranks of the structures offering each service there. */
    private static Map<TerritoryRef, BitSet[]> ranksByTerritory(CoverageSnapshot snapshot, StructureRanks ranks) {
        Map<TerritoryRef, BitSet[]> result = new HashMap<>();
        snapshot.offersByTerritory().forEach((ref, offers) -> {
            BitSet[] byService = new BitSet[SERVICES.length];
            for (Offer offer : offers) {
                int s = offer.service().ordinal();
                if (byService[s] == null) {
                    byService[s] = new BitSet();
                }
                byService[s].set(ranks.rankOf(offer.organisationId()));
            }
            result.put(ref, byService);
        });
        return result;
    }

    private void addAll(BitSet[] offered, int commune) {
        for (int s = 0; s < SERVICES.length; s++) {
            if (offered[s] != null) {
                if (covering[s][commune] == null) {
                    covering[s][commune] = new BitSet();
                }
                covering[s][commune].or(offered[s]);
            }
        }
    }

    /** The structures (ranks) covering a commune for a service; empty, never null. */
    private BitSet covering(ServiceKind service, int commune) {
        BitSet set = covering[service.ordinal()][commune];
        return set == null ? NONE : set;
    }

    /** Coverage of each territory for the services (an empty set stands for every service). */
    List<TerritoryCoverage> coverage(List<Territory> territories, Set<ServiceKind> services) {
        ServiceKind[] chosen = services.isEmpty() ? SERVICES : services.toArray(ServiceKind[]::new);
        List<TerritoryCoverage> result = new ArrayList<>(territories.size());
        for (Territory territory : territories) {
            BitSet reaching = new BitSet();
            long covered = 0;
            for (String code : territory.communeCodes()) {
                int c = communeIndex.get(code);
                BitSet here = new BitSet();
                for (ServiceKind service : chosen) {
                    here.or(covering(service, c));
                }
                if (!here.isEmpty()) {
                    covered += population[c];
                    reaching.or(here);
                }
            }
            result.add(new TerritoryCoverage(territory, (int) covered, names(reaching)));
        }
        return result;
    }

    /** For each territory, the number of distinct structures reaching it per service and per family. */
    List<CoverageMatrix.Row> matrix(List<Territory> territories) {
        List<CoverageMatrix.Row> rows = new ArrayList<>(territories.size());
        for (Territory territory : territories) {
            BitSet[] reaching = new BitSet[SERVICES.length];
            for (int s = 0; s < SERVICES.length; s++) {
                reaching[s] = new BitSet();
            }
            for (String code : territory.communeCodes()) {
                int c = communeIndex.get(code);
                for (int s = 0; s < SERVICES.length; s++) {
                    reaching[s].or(covering(SERVICES[s], c));
                }
            }
            rows.add(row(territory, reaching));
        }
        return rows;
    }

    private CoverageMatrix.Row row(Territory territory, BitSet[] reaching) {
        Map<ServiceKind, Integer> services = new EnumMap<>(ServiceKind.class);
        Map<ServiceFamily, BitSet> families = new EnumMap<>(ServiceFamily.class);
        for (ServiceFamily family : ServiceFamily.values()) {
            families.put(family, new BitSet());
        }
        for (ServiceKind service : SERVICES) {
            BitSet set = reaching[service.ordinal()];
            services.put(service, ranks.count(set));
            families.get(service.family()).or(set);
        }
        Map<ServiceFamily, Integer> familyCounts = new EnumMap<>(ServiceFamily.class);
        families.forEach((family, set) -> familyCounts.put(family, ranks.count(set)));
        return new CoverageMatrix.Row(territory, services, familyCounts);
    }

    /** The names of the structures, in French order; territories sharing a set of structures share the list. */
    private List<String> names(BitSet reaching) {
        return namesBySet.computeIfAbsent(reaching, ranks::names);
    }
}
