package fr.cress.relais.holders;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.CoverageMatrix;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Demand against offer: where holders live, what they need, and which of those needs no partner's offer
 * covers in their commune (the territory feature's gap list at commune level, need by need).
 */
public final class DemandService {

    private final Core core;
    private final CoverageService coverage;
    private final CommuneDirectory communes;

    DemandService(Core core, CoverageService coverage, CommuneDirectory communes) {
        this.core = core;
        this.coverage = coverage;
        this.communes = communes;
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

    /** Holders per commune (all of them, anonymised included), with what they need and what no offer covers. */
    public List<HolderLocation> locations() {
        List<Holder> holders = new HolderRepository(core.dsl()).all();
        Map<String, CommuneRef> byCode = communes.byCode();
        Map<String, List<Holder>> byCommune = holders.stream().filter(h -> byCode.containsKey(h.communeCode()))
                .collect(Collectors.groupingBy(Holder::communeCode, TreeMap::new, Collectors.toList()));
        Map<String, Set<String>> gaps = gaps(holders.stream().flatMap(h -> h.needs().stream())
                .collect(Collectors.toSet()));
        List<HolderLocation> result = new ArrayList<>();
        byCommune.forEach((code, list) -> {
            CommuneRef c = byCode.get(code);
            Map<String, Long> needs = list.stream().flatMap(h -> h.needs().stream())
                    .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
            List<String> uncovered = new ArrayList<>(new LinkedHashSet<>(needs.keySet().stream()
                    .filter(k -> gaps.get(k).contains(code)).toList()));
            int withGap = (int) list.stream().filter(h -> h.needs().stream().anyMatch(uncovered::contains)).count();
            result.add(new HolderLocation(code, c.name(), c.lat(), c.lon(), list.size(), needs, uncovered, withGap));
        });
        return result;
    }
}
