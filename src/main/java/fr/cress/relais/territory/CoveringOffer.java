package fr.cress.relais.territory;

import java.util.Optional;

/**
 * One organisation offering one service on a commune.
 *
 * @param organisationId   the organisation ({@code organisation.id})
 * @param organisationName its name
 * @param acronym          its acronym (may be null)
 * @param service          the service offered
 * @param level            through which territory the commune is covered (the narrowest when several)
 * @param territoryCode    the code of that territory (commune, EPCI SIREN, zone code or department)
 * @param territoryName    its name
 * @param publics          the target publics of the offer, as entered (may be null)
 * @param contact          the organisation's main contact, or null
 * @param communeCode      the commune covered: the one asked for, or a nearby one for {@code nearestOffers}
 * @param communeName      its name
 * @param distanceKm       distance between the commune asked for and {@code communeCode} (0 when it is the same)
 */
public record CoveringOffer(long organisationId, String organisationName, String acronym, ServiceKind service,
                            TerritoryLevel level, String territoryCode, String territoryName, String publics,
                            ContactInfo contact, String communeCode, String communeName, double distanceKm) {

    public Optional<ContactInfo> mainContact() {
        return Optional.ofNullable(contact);
    }

    /** The acronym when there is one, else the name: how lists show the organisation. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? organisationName : acronym;
    }
}
