package fr.cress.relais.holders;

import fr.cress.relais.territory.TerritoryLevel;

import java.util.Set;

/**
 * Where the holders section shows only the holders living in one territory (a click on the map): a commune,
 * an EPCI, a zone or a department, by its level, code and name, and the communes it groups.
 */
public record HolderPlace(TerritoryLevel level, String code, String name, Set<String> communeCodes) {

    public HolderPlace {
        communeCodes = Set.copyOf(communeCodes);
    }

    public static HolderPlace commune(String code, String name) {
        return new HolderPlace(TerritoryLevel.COMMUNE, code, name, Set.of(code));
    }

    public boolean contains(String communeCode) {
        return communeCode != null && communeCodes.contains(communeCode);
    }
}
