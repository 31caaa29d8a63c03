package fr.cress.relais.territory;

import java.util.List;

/**
 * A territory of any level with what coverage needs: its population (sum of its communes in the reference),
 * its centre (population-weighted mean of its communes' positions) and its communes.
 */
public record Territory(TerritoryLevel level, String code, String name, int population, double lat, double lon,
                        List<String> communeCodes) {

    public Territory {
        communeCodes = List.copyOf(communeCodes);
    }

    public TerritoryRef ref() {
        return new TerritoryRef(level, code);
    }
}
