package fr.cress.relais.territory;

import java.util.Objects;

/** A territory named by its level and code: commune 14118, EPCI 200065597, zone pays-bocage, department 14. */
public record TerritoryRef(TerritoryLevel level, String code) {

    public TerritoryRef {
        Objects.requireNonNull(level);
        Objects.requireNonNull(code);
    }

    public static TerritoryRef commune(String code) {
        return new TerritoryRef(TerritoryLevel.COMMUNE, code);
    }

    public static TerritoryRef epci(String code) {
        return new TerritoryRef(TerritoryLevel.EPCI, code);
    }

    public static TerritoryRef zone(String code) {
        return new TerritoryRef(TerritoryLevel.ZONE, code);
    }

    public static TerritoryRef departement(String code) {
        return new TerritoryRef(TerritoryLevel.DEPARTEMENT, code);
    }
}
