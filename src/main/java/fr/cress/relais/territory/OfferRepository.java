package fr.cress.relais.territory;

import fr.cress.relais.db.StaleDataException;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.CHANGE_HISTORY;
import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.DEPARTEMENT;
import static fr.cress.relais.db.generated.Tables.EPCI;
import static fr.cress.relais.db.generated.Tables.OFFER;
import static fr.cress.relais.db.generated.Tables.OFFER_TERRITORY;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

/** Offers and their territories; organisations and their main contact are only read. */
final class OfferRepository {

    private final DSLContext dsl;

    OfferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Organisations not in the recycle bin. */
    List<OrganisationRef> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACRONYM, ORGANISATION.KIND,
                        ORGANISATION.COMMUNE_CODE)
                .from(ORGANISATION)
                .where(ORGANISATION.DELETED_AT.isNull())
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The organisations that offer something (not deleted): all coverage needs to know. */
    List<OrganisationRef> organisationsWithOffers() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACRONYM, ORGANISATION.KIND,
                        ORGANISATION.COMMUNE_CODE)
                .from(ORGANISATION)
                .where(ORGANISATION.DELETED_AT.isNull())
                .and(ORGANISATION.ID.in(dsl.select(OFFER.ORGANISATION_ID).from(OFFER)))
                .fetch(r -> new OrganisationRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The first linked contact of each organisation offering something (not deleted, not anonymised). */
    Map<Long, ContactInfo> mainContacts() {
        Map<Long, ContactInfo> result = new HashMap<>();
        dsl.select(ORGANISATION_CONTACT.ORGANISATION_ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.PHONE,
                        CONTACT.EMAIL)
                .from(ORGANISATION_CONTACT).join(CONTACT).on(CONTACT.ID.eq(ORGANISATION_CONTACT.CONTACT_ID))
                .where(CONTACT.DELETED_AT.isNull()).and(CONTACT.ANONYMISED.isFalse())
                .and(ORGANISATION_CONTACT.ORGANISATION_ID.in(dsl.select(OFFER.ORGANISATION_ID).from(OFFER)))
                .orderBy(ORGANISATION_CONTACT.ORGANISATION_ID, ORGANISATION_CONTACT.ID)
                .forEach(r -> result.putIfAbsent(r.value1(), new ContactInfo(fullName(r.value2(), r.value3()),
                        r.value4(), r.value5())));
        return result;
    }

    /**
     * A stamp of everything coverage reads, cheap to ask for: it changes whenever offers, zones, organisations
     * or contacts are written (each write adds a row to the history, whoever writes), and when the territory
     * reference, which has no history, is loaded again.
     */
    List<Object> coverageStamp() {
        return dsl.select(field(select(max(CHANGE_HISTORY.ID)).from(CHANGE_HISTORY)),
                        field(selectCount().from(OFFER)), field(selectCount().from(OFFER_TERRITORY)),
                        field(selectCount().from(COMMUNE)), field(select(max(COMMUNE.UPDATED_AT)).from(COMMUNE)),
                        field(selectCount().from(EPCI)), field(select(max(EPCI.UPDATED_AT)).from(EPCI)),
                        field(selectCount().from(DEPARTEMENT)),
                        field(select(max(DEPARTEMENT.UPDATED_AT)).from(DEPARTEMENT)))
                .fetchOne().intoList();
    }

    List<Offer> offers() {
        Map<Long, List<TerritoryRef>> territories = new HashMap<>();
        dsl.selectFrom(OFFER_TERRITORY).orderBy(OFFER_TERRITORY.ID).forEach(r ->
                TerritoryLevel.byKey(r.getTerritoryLevel()).ifPresent(level -> territories
                        .computeIfAbsent(r.getOfferId(), k -> new ArrayList<>())
                        .add(new TerritoryRef(level, r.getTerritoryCode()))));
        Map<Long, Offer> offers = new LinkedHashMap<>();
        dsl.selectFrom(OFFER).orderBy(OFFER.ORGANISATION_ID, OFFER.ID).forEach(r ->
                ServiceKind.byKey(r.getServiceKey()).ifPresent(service -> offers.put(r.getId(),
                        new Offer(r.getId(), r.getOrganisationId(), service, r.getPublics(), r.getNotes(),
                                r.getVersion(), territories.getOrDefault(r.getId(), List.of())))));
        return new ArrayList<>(offers.values());
    }

    Optional<Offer> offer(long id) {
        return offers().stream().filter(o -> o.id() == id).findFirst();
    }

    /** Inserts or updates (optimistic locking) the offer and replaces its territories; returns its id. */
    long save(Offer offer) {
        long id;
        if (offer.isNew()) {
            id = dsl.insertInto(OFFER)
                    .set(OFFER.ORGANISATION_ID, offer.organisationId())
                    .set(OFFER.SERVICE_KEY, offer.service().key())
                    .set(OFFER.PUBLICS, blankToNull(offer.publics()))
                    .set(OFFER.NOTES, blankToNull(offer.notes()))
                    .returning(OFFER.ID).fetchOne(OFFER.ID);
        } else {
            id = offer.id();
            int rows = dsl.update(OFFER)
                    .set(OFFER.SERVICE_KEY, offer.service().key())
                    .set(OFFER.PUBLICS, blankToNull(offer.publics()))
                    .set(OFFER.NOTES, blankToNull(offer.notes()))
                    .set(OFFER.UPDATED_AT, LocalDateTime.now())
                    .set(OFFER.VERSION, OFFER.VERSION.plus(1))
                    .where(OFFER.ID.eq(id)).and(OFFER.VERSION.eq(offer.version()))
                    .execute();
            StaleDataException.check(rows, "territory.offer.entity");
            dsl.deleteFrom(OFFER_TERRITORY).where(OFFER_TERRITORY.OFFER_ID.eq(id)).execute();
        }
        for (TerritoryRef t : offer.territories()) {
            dsl.insertInto(OFFER_TERRITORY)
                    .set(OFFER_TERRITORY.OFFER_ID, id)
                    .set(OFFER_TERRITORY.TERRITORY_LEVEL, t.level().name())
                    .set(OFFER_TERRITORY.TERRITORY_CODE, t.code())
                    .execute();
        }
        return id;
    }

    boolean exists(long organisationId, ServiceKind service, long exceptOfferId) {
        return dsl.fetchExists(OFFER, OFFER.ORGANISATION_ID.eq(organisationId)
                .and(OFFER.SERVICE_KEY.eq(service.key())).and(OFFER.ID.ne(exceptOfferId)));
    }

    void delete(long id) {
        dsl.deleteFrom(OFFER).where(OFFER.ID.eq(id)).execute();
    }

    private static String fullName(String first, String last) {
        return first == null || first.isBlank() ? last : first + " " + last;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
