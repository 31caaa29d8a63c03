package fr.cress.relais.holders;

import java.util.Map;

/**
 * Holders of one commune, for the map: where (the commune's position), how many, what they need
 * (holders per need key), which of those needs no offer covers there and how many holders have at least
 * one such need.
 */
public record HolderLocation(String communeCode, String communeName, double lat, double lon, int holders,
                             Map<String, Long> needs, java.util.List<String> uncoveredNeeds, int holdersWithGap) {

    public HolderLocation {
        needs = Map.copyOf(needs);
        uncoveredNeeds = java.util.List.copyOf(uncoveredNeeds);
    }

    /**
     * The holders of several communes together, placed at {@code lat, lon} (a territory's centre): counts
     * added up, needs merged, a need uncovered when it is in one of the communes.
     */
    public static HolderLocation merge(String code, String name, double lat, double lon,
                                       java.util.List<HolderLocation> parts) {
        Map<String, Long> needs = new java.util.TreeMap<>();
        java.util.Set<String> uncovered = new java.util.TreeSet<>();
        for (HolderLocation part : parts) {
            part.needs().forEach((k, n) -> needs.merge(k, n, Long::sum));
            uncovered.addAll(part.uncoveredNeeds());
        }
        return new HolderLocation(code, name, lat, lon, parts.stream().mapToInt(HolderLocation::holders).sum(), needs,
                java.util.List.copyOf(uncovered), parts.stream().mapToInt(HolderLocation::holdersWithGap).sum());
    }

    /** True when at least one need of these holders meets no offer in their commune. */
    public boolean hasGap() {
        return !uncoveredNeeds.isEmpty();
    }
}
