package fr.cress.relais.holders;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.CommuneInfo;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.CoverageMatrix;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demand against offer: where holders live, what they need, and which of those needs no partner's offer
 * covers in their commune (the territory feature's gap list at commune level, need by need).
 */
public final class DemandService {

    private final Core core;
    private final CoverageService coverage;

    DemandService(Core core, CoverageService coverage) {
        this.core = core;
        this.coverage = coverage;
    }

    /**
     * For each need key, the communes no offer answering it covers: those where the territory feature's
     * coverage matrix counts no structure for any of the need's services (its gap list, read once).
     */
    Map<String, Set<String>> gaps(Set<String> needKeys) {
        Map<String, Set<String>> gaps = new HashMap<>();
        needKeys.forEach(k -> gaps.put(k, new HashSet<>()));
        if (needKeys.isEmpty()) {
            return gaps;
        }
        for (CoverageMatrix.Row row : coverage.matrix(TerritoryLevel.COMMUNE).rows()) {
            for (String key : needKeys) {
                if (new Need(key).services().stream().allMatch(s -> row.count(s) == 0)) {
                    gaps.get(key).add(row.territory().code());
                }
            }
        }
        return gaps;
    }

    /** Holders whose need meets no offer in their commune, counted per commune and need. */
    List<UncoveredDemand> uncovered(List<Holder> holders, Map<String, CommuneRef> byCode) {
        Set<String> keys = holders.stream().flatMap(h -> h.needs().stream()).collect(Collectors.toSet());
        Map<String, Set<String>> gaps = gaps(keys);
        Map<String, Long> counts = new TreeMap<>();
        for (Holder h : holders) {
            if (h.communeCode() == null) {
                continue;
            }
            for (String need : h.needs()) {
                if (gaps.get(need).contains(h.communeCode())) {
                    counts.merge(h.communeCode() + "|" + need, 1L, Long::sum);
                }
            }
        }
        List<UncoveredDemand> result = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            CommuneRef c = byCode.get(parts[0]);
            result.add(new UncoveredDemand(parts[0], c == null ? parts[0] : c.name(),
                    c == null ? null : c.departementCode(), parts[1], n));
        });
        result.sort(Comparator.comparing(UncoveredDemand::departementCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(UncoveredDemand::communeName, Formats.frenchOrder())
                .thenComparing(UncoveredDemand::needKey));
        return result;
    }

    /**
     * Holders per commune of the reference (code order; anonymised included, deleted left out), with what they need
     * and what no offer covers there: from the store's counts per commune and set of needs
     * ({@link HolderPlacesRepository}), never reading the holders one by one.
     */
    public List<HolderLocation> locations() {
        Map<String, CommuneInfo> byCode = coverage.snapshotCommunes().stream()
                .collect(Collectors.toMap(CommuneInfo::code, Function.identity()));
        Map<String, List<HolderPlacesRepository.NeedGroup>> byCommune = new TreeMap<>();
        Set<String> keys = new HashSet<>();
        for (HolderPlacesRepository.NeedGroup g : new HolderPlacesRepository(core.dsl()).needGroups()) {
            if (byCode.containsKey(g.communeCode())) {
                byCommune.computeIfAbsent(g.communeCode(), c -> new ArrayList<>()).add(g);
                keys.addAll(g.needs());
            }
        }
        Map<String, Set<String>> gaps = gaps(keys);
        List<HolderLocation> result = new ArrayList<>();
        byCommune.forEach((code, groups) -> result.add(location(byCode.get(code), groups, gaps)));
        return result;
    }

    private static HolderLocation location(CommuneInfo commune, List<HolderPlacesRepository.NeedGroup> groups,
                                           Map<String, Set<String>> gaps) {
        Map<String, Long> needs = new TreeMap<>();
        groups.forEach(g -> g.needs().forEach(k -> needs.merge(k, (long) g.holders(), Long::sum)));
        List<String> uncovered = needs.keySet().stream().filter(k -> gaps.get(k).contains(commune.code())).toList();
        int holders = groups.stream().mapToInt(HolderPlacesRepository.NeedGroup::holders).sum();
        int withGap = groups.stream().filter(g -> g.needs().stream().anyMatch(uncovered::contains))
                .mapToInt(HolderPlacesRepository.NeedGroup::holders).sum();
        return new HolderLocation(commune.code(), commune.name(), commune.lat(), commune.lon(), holders, needs,
                uncovered, withGap);
    }
}
