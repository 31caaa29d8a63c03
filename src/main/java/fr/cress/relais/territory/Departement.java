package fr.cress.relais.territory;

/** A department of the territory reference (population: sum of its communes). */
public record Departement(String code, String name, int population) {
}
