package fr.cress.relais.territory;

import java.util.List;

/** One service of an organisation with the names of the territories it covers, for display. */
public record OfferSummary(ServiceKind service, List<String> territories, String publics) {

    public OfferSummary {
        territories = List.copyOf(territories);
    }
}
