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

    /** True when at least one need of these holders meets no offer in their commune. */
    public boolean hasGap() {
        return !uncoveredNeeds.isEmpty();
    }
}
