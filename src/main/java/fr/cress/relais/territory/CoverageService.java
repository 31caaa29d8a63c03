package fr.cress.relais.territory;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.Store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who offers what where. Coverage is decided per commune (see {@link CoverageSnapshot}), then aggregated to
 * any level: the number of structures reaching a territory and the share of its population covered.
 * The map, the gap list, the coverage matrix and the holders feature all read it from here.
 * An empty set of services stands for every service.
 */
public final class CoverageService {

    private final Store store;
    private final I18n i18n;
    private final Clock clock;
    private final SnapshotCache snapshots = new SnapshotCache();

    CoverageService(Store store, I18n i18n, Clock clock) {
        this.store = store;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * What coverage is computed from: read again only when the store changed since the last read (offers,
     * zones, organisations, contacts or the territory reference), whoever changed it.
     */
    private CoverageSnapshot snapshot() {
        return snapshots.current(store.dsl());
    }

    public Optional<CommuneInfo> commune(String code) {
        return code == null ? Optional.empty() : new TerritoryRepository(store.dsl()).commune(code.strip());
    }

    public List<CommuneInfo> communes() {
        return new TerritoryRepository(store.dsl()).communes();
    }

    /**
     * The communes of the reference as the coverage snapshot holds them (code order): no read of the store
     * when the snapshot is current, unlike {@link #communes()}.
     */
    public List<CommuneInfo> snapshotCommunes() {
        return List.copyOf(snapshot().communes().values());
    }

    /**
     * Every offer whose territory covers the commune: one line per organisation and service, through the
     * narrowest territory (commune, then EPCI, zone, department), sorted narrower first then by organisation.
     * Empty for an unknown commune.
     */
    public List<CoveringOffer> offersCovering(String communeCode, Set<ServiceKind> services) {
        CoverageSnapshot snapshot = snapshot();
        CommuneInfo commune = snapshot.communes().get(communeCode);
        return commune == null ? List.of() : snapshot.covering(commune, services, 0);
    }

    /**
     * Offers covering the communes nearest to this one (distance between commune positions, the commune
     * itself first at 0 km), one per organisation and service, nearest first, at most {@code limit}.
     */
    public List<CoveringOffer> nearestOffers(String communeCode, Set<ServiceKind> services, int limit) {
        CoverageSnapshot snapshot = snapshot();
        CommuneInfo origin = snapshot.communes().get(communeCode);
        if (origin == null || limit <= 0) {
            return List.of();
        }
        List<CommuneInfo> byDistance = new ArrayList<>(snapshot.communes().values());
        byDistance.sort(Comparator.comparingDouble((CommuneInfo c) -> distance(origin, c))
                .thenComparing(CommuneInfo::code));
        Map<String, CoveringOffer> found = new LinkedHashMap<>();
        for (CommuneInfo commune : byDistance) {
            for (CoveringOffer offer : snapshot.covering(commune, services, distance(origin, commune))) {
                found.putIfAbsent(offer.organisationId() + "/" + offer.service().key(), offer);
                if (found.size() >= limit) {
                    return new ArrayList<>(found.values());
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static double distance(CommuneInfo a, CommuneInfo b) {
        return a.code().equals(b.code()) ? 0 : GeoMath.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Coverage of every territory of a level for the services. */
    public List<TerritoryCoverage> coverage(TerritoryLevel level, Set<ServiceKind> services) {
        return snapshot().coverage(level, services);
    }

    /**
     * The « zones blanches »: territories of a level where no structure offers any of the services,
     * most populated first (then by name).
     */
    public List<TerritoryCoverage> gaps(TerritoryLevel level, Set<ServiceKind> services) {
        return gapsOf(coverage(level, services));
    }

    static List<TerritoryCoverage> gapsOf(List<TerritoryCoverage> coverage) {
        return coverage.stream().filter(TerritoryCoverage::isGap)
                .sorted(Comparator.comparingInt((TerritoryCoverage c) -> c.territory().population()).reversed()
                        .thenComparing(c -> c.territory().name(), Formats.frenchOrder()))
                .toList();
    }

    /**
     * The offers reaching a territory (covering at least one of its communes), each with the share of the
     * territory's population it covers, largest share first: « who covers this EPCI for funding ».
     */
    public List<TerritoryOffer> offersReaching(TerritoryRef territory, Set<ServiceKind> services) {
        CoverageSnapshot snapshot = snapshot();
        Territory t = snapshot.territory(territory);
        Map<String, CoveringOffer> offers = new LinkedHashMap<>();
        Map<String, Long> population = new LinkedHashMap<>();
        for (String code : t.communeCodes()) {
            CommuneInfo commune = snapshot.communes().get(code);
            for (CoveringOffer offer : snapshot.covering(commune, services, 0)) {
                String key = offer.organisationId() + "/" + offer.service().key();
                offers.merge(key, offer, (a, b) -> b.level().compareTo(a.level()) > 0 ? b : a);
                population.merge(key, (long) commune.population(), Long::sum);
            }
        }
        List<TerritoryOffer> result = new ArrayList<>();
        offers.forEach((key, offer) -> result.add(new TerritoryOffer(offer,
                t.population() == 0 ? 0 : Math.min(1, population.get(key) / (double) t.population()))));
        result.sort(Comparator.comparingDouble(TerritoryOffer::share).reversed()
                .thenComparing(o -> o.offer().shortName(), Formats.frenchOrder())
                .thenComparing(o -> o.offer().service()));
        return result;
    }

    /** The territory of any level, with its population and centre; empty when unknown. */
    public Optional<Territory> territory(TerritoryRef ref) {
        CoverageSnapshot snapshot = snapshot();
        return snapshot.exists(ref) ? Optional.of(snapshot.territory(ref)) : Optional.empty();
    }

    /** Every territory of a level (zones without members are left out). */
    public List<Territory> territories(TerritoryLevel level) {
        return snapshot().territories(level);
    }

    /** The coverage matrix of a level: for each territory, the number of structures per service and per family. */
    public CoverageMatrix matrix(TerritoryLevel level) {
        return CoverageMatrix.of(snapshot(), level);
    }

    /**
     * Writes the coverage matrix of every level (EPCI, zones, departments, communes) to an Excel file, with
     * conditional colours; the same figures as the map and the gap list.
     */
    public void exportMatrix(Path file, Progress progress) throws IOException {
        CoverageSnapshot snapshot = snapshot();
        List<CoverageMatrix> matrices = new ArrayList<>();
        for (TerritoryLevel level : CoverageWorkbook.SHEETS) {
            progress.checkCancelled();
            matrices.add(CoverageMatrix.of(snapshot, level));
            progress.update(matrices.size(), CoverageWorkbook.SHEETS.size() + 1L);
        }
        new CoverageWorkbook(i18n).write(matrices, file, LocalDate.now(clock), progress);
    }

    /** The offers of one organisation with the names of their territories, in service order. */
    public List<OfferSummary> offerSummaries(long organisationId) {
        CoverageSnapshot snapshot = snapshot();
        return new OfferRepository(store.dsl()).offers().stream()
                .filter(o -> o.organisationId() == organisationId)
                .sorted(Comparator.comparing(Offer::service))
                .map(o -> new OfferSummary(o.service(), o.territories().stream().map(snapshot::nameOf).toList(),
                        o.publics()))
                .toList();
    }

    /** Organisations (read-only) with the commune of their address, for the map's markers and lists. */
    public List<OrganisationRef> organisations() {
        return new OfferRepository(store.dsl()).organisations();
    }
}
