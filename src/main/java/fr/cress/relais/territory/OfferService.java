package fr.cress.relais.territory;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.db.Store;

import java.util.List;

/** The offer of each organisation: services, territories covered and publics. Saves are checked, then atomic. */
public final class OfferService {

    private final Store store;

    OfferService(Store store) {
        this.store = store;
    }

    public List<Offer> offers() {
        return new OfferRepository(store.dsl()).offers();
    }

    public List<Offer> offersOf(long organisationId) {
        return offers().stream().filter(o -> o.organisationId() == organisationId).toList();
    }

    /** Organisations not in the recycle bin (read-only). */
    public List<OrganisationRef> organisations() {
        return new OfferRepository(store.dsl()).organisations();
    }

    /**
     * Saves an offer and its territories; refuses an offer without territory, with an unknown territory, or
     * a second offer of the same service by the same organisation. Returns the offer's id.
     */
    public long save(Offer offer) {
        if (offer.service() == null) {
            throw new BadInputException("territory.offer.noService");
        }
        if (offer.territories().isEmpty()) {
            throw new BadInputException("territory.offer.noTerritory");
        }
        return store.transaction(dsl -> {
            CoverageSnapshot snapshot = new CoverageSnapshot(dsl);
            List<String> unknown = offer.territories().stream().filter(t -> !snapshot.exists(t))
                    .map(t -> t.level().key() + " " + t.code()).toList();
            if (!unknown.isEmpty()) {
                throw new BadInputException((Throwable) null, unknown, "territory.offer.unknownTerritory", unknown.size());
            }
            OfferRepository offers = new OfferRepository(dsl);
            if (offers.exists(offer.organisationId(), offer.service(), offer.id())) {
                throw new BadInputException("territory.offer.duplicate");
            }
            return offers.save(offer);
        });
    }

    public void delete(long offerId) {
        store.transaction(dsl -> {
            new OfferRepository(dsl).delete(offerId);
            return null;
        });
    }
}
