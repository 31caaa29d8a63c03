package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.OrganisationRef;

/**
 * An organisation placed on the map at the position of its commune; {@code slot} of {@code slots} tells the
 * layer how to move apart the markers of organisations sharing a commune.
 */
record OrganisationMarker(OrganisationRef organisation, String communeName, double lat, double lon, int slot,
                          int slots) {
}
