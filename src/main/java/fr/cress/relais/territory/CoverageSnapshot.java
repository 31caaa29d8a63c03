package fr.cress.relais.territory;

import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything coverage is computed from, read once: the reference, the zones, the offers, the organisations
 * (their main contacts the first time an offer is shown with its contact). Coverage is decided per commune: an
 * offer covers a commune when one of its territories is the commune, its EPCI, a zone holding it (directly or
 * through its EPCI) or its department; {@link CoverageIndex} holds the answer for every commune and service.
 * Immutable once built; what is computed from it is kept with it ({@link SnapshotCache} keeps it while the store
 * does not change).
 */
final class CoverageSnapshot {

    private final Map<String, CommuneInfo> communes = new LinkedHashMap<>();
    private final Map<String, Epci> epcis = new LinkedHashMap<>();
    private final Map<String, Departement> departements = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Map<Long, OrganisationRef> organisations = new HashMap<>();
    private final OfferRepository repository;
    private volatile Map<Long, ContactInfo> contacts;
    private final Map<TerritoryRef, List<Offer>> offersByTerritory = new HashMap<>();
    private final Map<String, List<String>> zonesOfCommune = new HashMap<>();
    private final Map<TerritoryRef, Set<String>> communesOf = new HashMap<>();
    private final Map<TerritoryLevel, List<Territory>> territories = new ConcurrentHashMap<>();
    private final CoverageIndex index;
    private final Map<List<Object>, List<TerritoryCoverage>> coverages = new ConcurrentHashMap<>();
    private final Map<TerritoryLevel, List<CoverageMatrix.Row>> matrices = new ConcurrentHashMap<>();

    CoverageSnapshot(DSLContext dsl) {
        TerritoryRepository reference = new TerritoryRepository(dsl);
        reference.communes().forEach(c -> communes.put(c.code(), c));
        reference.epcis().forEach(e -> epcis.put(e.code(), e));
        reference.departements().forEach(d -> departements.put(d.code(), d));
        new ZoneRepository(dsl).zones().forEach(z -> zones.put(z.code(), z));
        repository = new OfferRepository(dsl);
        repository.organisationsWithOffers().forEach(o -> organisations.put(o.id(), o));
        for (Offer offer : repository.offers()) {
            if (organisations.containsKey(offer.organisationId())) {
                offer.territories().forEach(t -> offersByTerritory.computeIfAbsent(t, k -> new ArrayList<>()).add(offer));
            }
        }
        indexMembership();
        index = new CoverageIndex(this, new StructureRanks(organisations.values()));
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
                nameOf(ref), offer.publics(), contacts().get(org.id()), commune.code(), commune.name(), distanceKm);
    }

    /** The main contacts, read the first time an offer is shown with its contact (counts do not need them). */
    private Map<Long, ContactInfo> contacts() {
        Map<Long, ContactInfo> known = contacts;
        if (known == null) {
            synchronized (this) {
                if (contacts == null) {
                    contacts = Map.copyOf(repository.mainContacts());
                }
                known = contacts;
            }
        }
        return known;
    }

    /** The offers on each territory named by an offer (organisations in the recycle bin left out). */
    Map<TerritoryRef, List<Offer>> offersByTerritory() {
        return offersByTerritory;
    }

    /**
     * Coverage of every territory of a level for the services (an empty set stands for every service), computed
     * once per snapshot: the map opened again, the gap list after the map ask for what is already known.
     */
    List<TerritoryCoverage> coverage(TerritoryLevel level, Set<ServiceKind> services) {
        Set<ServiceKind> key = services.isEmpty() ? Set.of() : Set.copyOf(services);
        return coverages.computeIfAbsent(List.of(level, key),
                k -> List.copyOf(index.coverage(territories(level), services)));
    }

    /** The number of structures reaching each territory of a level, per service and per family (once per snapshot). */
    List<CoverageMatrix.Row> matrixRows(TerritoryLevel level) {
        return matrices.computeIfAbsent(level, l -> List.copyOf(index.matrix(territories(l))));
    }

    /** Every territory of a level, in code order (zones by name). */
    List<Territory> territories(TerritoryLevel level) {
        return territories.computeIfAbsent(level, this::readTerritories);
    }

    private List<Territory> readTerritories(TerritoryLevel level) {
        List<Territory> result = new ArrayList<>();
        switch (level) {
            case COMMUNE -> communes.values().forEach(c -> result.add(territory(TerritoryRef.commune(c.code()))));
            case EPCI -> epcis.keySet().forEach(code -> result.add(territory(TerritoryRef.epci(code))));
            case ZONE -> zones.keySet().forEach(code -> result.add(territory(TerritoryRef.zone(code))));
            case DEPARTEMENT -> departements.keySet().forEach(code -> result.add(territory(TerritoryRef.departement(code))));
        }
        result.removeIf(t -> t.communeCodes().isEmpty());
        return List.copyOf(result);
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
