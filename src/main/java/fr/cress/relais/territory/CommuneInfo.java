package fr.cress.relais.territory;

/**
 * A commune of the territory reference: INSEE code, name, population (INSEE population municipale),
 * its EPCI (null when it belongs to none), its department, and its position (WGS84). {@code approx} is true
 * when the position was estimated from neighbouring communes rather than known for the town itself.
 */
public record CommuneInfo(String code, String name, int population, String epciCode, String epciName,
                          String departementCode, double lat, double lon, boolean approx) {
}
