package fr.cress.relais.holders;

/**
 * What leads to the holders section showing only the holders of one commune (a click on the map):
 * its INSEE code and its name, shown in the list's filter.
 */
public record CommuneTarget(String communeCode, String communeName) {
}
