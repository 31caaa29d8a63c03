package fr.cress.relais.territory;

import fr.cress.relais.common.text.Formats;
import org.jooq.DSLContext;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything coverage is computed from, read once: the reference, the zones, the offers, the organisations
 * and their main contacts. Coverage is decided per commune: an offer covers a commune when one of its
 * territories is the commune, its EPCI, a zone holding it (directly or through its EPCI) or its department.
 */
final class CoverageSnapshot {

    private final Map<String, CommuneInfo> communes = new LinkedHashMap<>();
    private final Map<String, Epci> epcis = new LinkedHashMap<>();
    private final Map<String, Departement> departements = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Map<Long, OrganisationRef> organisations = new HashMap<>();
    private final Map<Long, ContactInfo> contacts;
    private final Map<TerritoryRef, List<Offer>> offersByTerritory = new HashMap<>();
    private final Map<String, List<String>> zonesOfCommune = new HashMap<>();
    private final Map<TerritoryRef, Set<String>> communesOf = new HashMap<>();
    private final Collator collator = Formats.collator();
    private final Map<String, CollationKey> collationKeys = new HashMap<>();
    private final Map<Set<Long>, List<String>> namesBySet = new HashMap<>();

    CoverageSnapshot(DSLContext dsl) {
        TerritoryRepository reference = new TerritoryRepository(dsl);
        reference.communes().forEach(c -> communes.put(c.code(), c));
        reference.epcis().forEach(e -> epcis.put(e.code(), e));
        reference.departements().forEach(d -> departements.put(d.code(), d));
        new ZoneRepository(dsl).zones().forEach(z -> zones.put(z.code(), z));
        OfferRepository offers = new OfferRepository(dsl);
        offers.organisationsWithOffers().forEach(o -> organisations.put(o.id(), o));
        contacts = offers.mainContacts();
        for (Offer offer : offers.offers()) {
            if (organisations.containsKey(offer.organisationId())) {
                offer.territories().forEach(t -> offersByTerritory.computeIfAbsent(t, k -> new ArrayList<>()).add(offer));
            }
        }
        indexMembership();
    }

    private void indexMembership() {
        for (CommuneInfo c : communes.values()) {
            communesOf.computeIfAbsent(TerritoryRef.commune(c.code()), k -> new LinkedHashSet<>()).add(c.code());
            if (c.epciCode() != null) {
                communesOf.computeIfAbsent(TerritoryRef.epci(c.epciCode()), k -> new LinkedHashSet<>()).add(c.code());
            }
            communesOf.computeIfAbsent(TerritoryRef.departement(c.departementCode()), k -> new LinkedHashSet<>())
                    .add(c.code());
        }
        for (Zone zone : zones.values()) {
            Set<String> members = new LinkedHashSet<>();
            for (TerritoryRef member : zone.members()) {
                if (member.level() != TerritoryLevel.ZONE) {
                    members.addAll(communesOf.getOrDefault(member, Set.of()));
                }
            }
            communesOf.put(TerritoryRef.zone(zone.code()), members);
            members.forEach(c -> zonesOfCommune.computeIfAbsent(c, k -> new ArrayList<>()).add(zone.code()));
        }
    }

    Map<String, CommuneInfo> communes() {
        return communes;
    }

    Map<Long, OrganisationRef> organisations() {
        return organisations;
    }

    /** The communes of a territory of any level (empty when unknown). */
    Set<String> communesOf(TerritoryRef territory) {
        return communesOf.getOrDefault(territory, Set.of());
    }

    String nameOf(TerritoryRef territory) {
        return switch (territory.level()) {
            case COMMUNE -> communes.containsKey(territory.code()) ? communes.get(territory.code()).name() : territory.code();
            case EPCI -> epcis.containsKey(territory.code()) ? epcis.get(territory.code()).name() : territory.code();
            case ZONE -> zones.containsKey(territory.code()) ? zones.get(territory.code()).name() : territory.code();
            case DEPARTEMENT -> departements.containsKey(territory.code())
                    ? departements.get(territory.code()).name() : territory.code();
        };
    }

    boolean exists(TerritoryRef territory) {
        return switch (territory.level()) {
            case COMMUNE -> communes.containsKey(territory.code());
            case EPCI -> epcis.containsKey(territory.code());
            case ZONE -> zones.containsKey(territory.code());
            case DEPARTEMENT -> departements.containsKey(territory.code());
        };
    }

    /** The territories holding a commune, narrower first: itself, its EPCI, its zones, its department. */
    List<TerritoryRef> containing(CommuneInfo commune) {
        List<TerritoryRef> refs = new ArrayList<>();
        refs.add(TerritoryRef.commune(commune.code()));
        if (commune.epciCode() != null) {
            refs.add(TerritoryRef.epci(commune.epciCode()));
        }
        zonesOfCommune.getOrDefault(commune.code(), List.of()).forEach(z -> refs.add(TerritoryRef.zone(z)));
        refs.add(TerritoryRef.departement(commune.departementCode()));
        return refs;
    }

    /**
     * The offers of {@code services} covering a commune, one per organisation and service, through the
     * narrowest territory; sorted narrower first, then by organisation.
     */
    List<CoveringOffer> covering(CommuneInfo commune, Set<ServiceKind> services, double distanceKm) {
        Map<String, CoveringOffer> found = new LinkedHashMap<>();
        for (TerritoryRef ref : containing(commune)) {
            for (Offer offer : offersByTerritory.getOrDefault(ref, List.of())) {
                if (services.isEmpty() || services.contains(offer.service())) {
                    found.putIfAbsent(offer.organisationId() + "/" + offer.service().key(),
                            covering(offer, ref, commune, distanceKm));
                }
            }
        }
        List<CoveringOffer> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparing(CoveringOffer::level)
                .thenComparing(CoveringOffer::shortName, fr.cress.relais.common.text.Formats.frenchOrder())
                .thenComparing(CoveringOffer::service));
        return result;
    }

    private CoveringOffer covering(Offer offer, TerritoryRef ref, CommuneInfo commune, double distanceKm) {
        OrganisationRef org = organisations.get(offer.organisationId());
        return new CoveringOffer(org.id(), org.name(), org.acronym(), offer.service(), ref.level(), ref.code(),
                nameOf(ref), offer.publics(), contacts.get(org.id()), commune.code(), commune.name(), distanceKm);
    }

    /**
     * The short names of organisations, in French order, each name once. Territories often share the same set
     * of organisations (every commune of a department covered by the same regional offers): each set is
     * sorted once, with collation keys computed once per organisation.
     */
    List<String> shortNames(Set<Long> organisationIds) {
        return namesBySet.computeIfAbsent(Set.copyOf(organisationIds), ids -> {
            List<Map.Entry<CollationKey, String>> named = new ArrayList<>();
            for (Long id : ids) {
                String name = organisations.get(id).shortName();
                named.add(Map.entry(collationKeys.computeIfAbsent(name, collator::getCollationKey), name));
            }
            named.sort(Map.Entry.comparingByKey());
            List<String> names = new ArrayList<>();
            CollationKey previous = null;
            for (Map.Entry<CollationKey, String> e : named) {
                if (previous == null || previous.compareTo(e.getKey()) != 0) {
                    names.add(e.getValue());
                }
                previous = e.getKey();
            }
            return List.copyOf(names);
        });
    }

    /** Organisations (by id) covering each commune, per service (communes without any offer are left out). */
    Map<String, Map<ServiceKind, Set<Long>>> organisationsByCommuneAndService() {
        Map<String, Map<ServiceKind, Set<Long>>> result = new HashMap<>();
        for (CommuneInfo commune : communes.values()) {
            Map<ServiceKind, Set<Long>> byService = new EnumMap<>(ServiceKind.class);
            for (TerritoryRef ref : containing(commune)) {
                for (Offer offer : offersByTerritory.getOrDefault(ref, List.of())) {
                    byService.computeIfAbsent(offer.service(), k -> new HashSet<>()).add(offer.organisationId());
                }
            }
            if (!byService.isEmpty()) {
                result.put(commune.code(), byService);
            }
        }
        return result;
    }

    /** Organisations (by id) covering each commune for the services (every commune is a key). */
    Map<String, Set<Long>> organisationsByCommune(Set<ServiceKind> services) {
        Map<String, Set<Long>> result = new LinkedHashMap<>();
        for (CommuneInfo commune : communes.values()) {
            Set<Long> orgs = new TreeSet<>();
            for (TerritoryRef ref : containing(commune)) {
                for (Offer offer : offersByTerritory.getOrDefault(ref, List.of())) {
                    if (services.isEmpty() || services.contains(offer.service())) {
                        orgs.add(offer.organisationId());
                    }
                }
            }
            result.put(commune.code(), orgs);
        }
        return result;
    }

    /** Every territory of a level, in code order (zones by name). */
    List<Territory> territories(TerritoryLevel level) {
        List<Territory> result = new ArrayList<>();
        switch (level) {
            case COMMUNE -> communes.values().forEach(c -> result.add(territory(TerritoryRef.commune(c.code()))));
            case EPCI -> epcis.keySet().forEach(code -> result.add(territory(TerritoryRef.epci(code))));
            case ZONE -> zones.keySet().forEach(code -> result.add(territory(TerritoryRef.zone(code))));
            case DEPARTEMENT -> departements.keySet().forEach(code -> result.add(territory(TerritoryRef.departement(code))));
        }
        result.removeIf(t -> t.communeCodes().isEmpty());
        return result;
    }

    Territory territory(TerritoryRef ref) {
        Set<String> codes = communesOf(ref);
        long population = 0;
        double lat = 0;
        double lon = 0;
        for (String code : codes) {
            CommuneInfo c = communes.get(code);
            double weight = Math.max(1, c.population());
            population += c.population();
            lat += c.lat() * weight;
            lon += c.lon() * weight;
        }
        double weights = codes.stream().mapToDouble(c -> Math.max(1, communes.get(c).population())).sum();
        return new Territory(ref.level(), ref.code(), nameOf(ref), (int) population,
                weights == 0 ? 0 : lat / weights, weights == 0 ? 0 : lon / weights, new ArrayList<>(codes));
    }
}
