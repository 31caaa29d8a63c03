package fr.cress.relais.territory;

/** An offer reaching a territory, with the share of the territory's population it covers (0 to 1). */
public record TerritoryOffer(CoveringOffer offer, double share) {
}
