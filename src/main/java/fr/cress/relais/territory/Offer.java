package fr.cress.relais.territory;

import java.util.List;

/**
 * One service offered by an organisation, the territories it covers and its target publics.
 * {@code id} is 0 and {@code version} -1 for an offer not saved yet.
 */
public record Offer(long id, long organisationId, ServiceKind service, String publics, String notes, int version,
                    List<TerritoryRef> territories) {

    public Offer {
        territories = List.copyOf(territories);
    }

    public boolean isNew() {
        return id == 0;
    }
}
