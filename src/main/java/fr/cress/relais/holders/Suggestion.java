package fr.cress.relais.holders;

import fr.cress.relais.territory.ServiceKind;

import java.util.List;

/**
 * A partner whose offer answers a need where a holder lives: the services it offers for that need, how its
 * territory reaches the commune (or, for a nearby offer, the commune it covers and its distance), and the
 * contact to call.
 */
public record Suggestion(long organisationId, String partner, String organisationName, List<ServiceKind> services,
                         Reach reach, String territoryName, double distanceKm, String viaCommune,
                         String contactName, String contactPhone, String contactEmail) {

    public Suggestion {
        services = List.copyOf(services);
    }

    public boolean isNearby() {
        return reach == Reach.NEARBY;
    }
}
