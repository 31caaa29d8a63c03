package fr.cress.relais.holders;

/** Where demand meets no offer: holders of a commune whose need no partner's offer covers there. */
public record UncoveredDemand(String communeCode, String communeName, String departementCode, String needKey,
                              long holders) {
}
