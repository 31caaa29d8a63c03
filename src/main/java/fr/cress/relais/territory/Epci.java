package fr.cress.relais.territory;

/**
 * An intercommunality (EPCI à fiscalité propre): SIREN code, name, nature (CC, CA, CU, METRO), population
 * of all its member communes (also those outside the region) and the department holding most of them.
 */
public record Epci(String code, String name, String nature, int population, String departementCode) {
}
