package fr.cress.relais.territory;

import java.util.List;

/**
 * How well a territory is covered for a set of services: the population of its communes covered by at least
 * one structure, and the structures (short names, sorted) covering at least one of its communes.
 */
public record TerritoryCoverage(Territory territory, int coveredPopulation, List<String> structures) {

    public TerritoryCoverage {
        structures = List.copyOf(structures);
    }

    public int structureCount() {
        return structures.size();
    }

    /** Share of the population covered, 0 to 1 (0 for a territory without inhabitants). */
    public double share() {
        return territory.population() == 0 ? 0 : (double) coveredPopulation / territory.population();
    }

    /** A « zone blanche »: no structure covers any of its communes. */
    public boolean isGap() {
        return structures.isEmpty();
    }
}
