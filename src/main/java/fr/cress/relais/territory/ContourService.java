package fr.cress.relais.territory;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;
import org.jooq.DSLContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contours of territories: imported from GeoJSON files (all or nothing), kept in the store as WKT; the shapes
 * of EPCI, zones and (unless imported) departments are the union of their communes, computed once and cached.
 */
public final class ContourService {

    private static final Logger LOG = LoggerFactory.getLogger(ContourService.class);

    private final Store store;
    private final I18n i18n;
    private final GeoJsonContours reader;
    private final ApiGeoDownloader downloader;
    private final CoverageService coverage;

    ContourService(Store store, I18n i18n, long maxBytes, java.net.URI apiGeo) {
        this(store, i18n, maxBytes, apiGeo, new CoverageService(store, i18n, java.time.Clock.systemDefaultZone()));
    }

    /** {@code coverage} gives the communes of each territory (its snapshot is shared with the map). */
    ContourService(Store store, I18n i18n, long maxBytes, java.net.URI apiGeo, CoverageService coverage) {
        this.store = store;
        this.i18n = i18n;
        this.coverage = coverage;
        this.reader = new GeoJsonContours(maxBytes, i18n);
        this.downloader = new ApiGeoDownloader(apiGeo, maxBytes);
    }

    /** Number of contours stored (imported and computed). */
    public int count() {
        return new ContourRepository(store.dsl()).count();
    }

    /** Number of imported contours of a level. */
    public int importedCount(TerritoryLevel level) {
        return new ContourRepository(store.dsl()).countImported(level);
    }

    /**
     * Downloads the commune contours of the given departments (all of the reference when empty) from the
     * official API Géo, then imports them in one transaction. Cancelling stops between blocks and changes nothing.
     */
    public ContourImportReport download(List<String> departementCodes, Progress progress) {
        List<Departement> departements = new TerritoryRepository(store.dsl()).departements().stream()
                .filter(d -> departementCodes.isEmpty() || departementCodes.contains(d.code())).toList();
        List<ContourFeature> features = new ArrayList<>();
        for (int i = 0; i < departements.size(); i++) {
            Departement d = departements.get(i);
            progress.message(i18n.t("territory.contours.download.step", d.name(), i + 1, departements.size()));
            progress.update(i, departements.size() + 1L);
            Path file = downloader.fetch(d.code(), progress);
            try {
                features.addAll(reader.read(file, Progress.NONE));
            } finally {
                ApiGeoDownloader.delete(file);
            }
        }
        progress.message(i18n.t("territory.contours.download.saving"));
        progress.update(departements.size(), departements.size() + 1L);
        if (features.isEmpty()) {
            throw new BadInputException("territory.contours.empty");
        }
        return store(features, ApiGeoDownloader.SOURCE, progress);
    }

    /**
     * Imports the contours of a GeoJSON file in one transaction: a refused file (see {@link GeoJsonContours})
     * changes nothing; features whose code is not a known commune, EPCI or department are ignored.
     */
    public ContourImportReport importFile(Path file, Progress progress) {
        List<ContourFeature> features = reader.read(file, progress);
        return store(features, file.getFileName().toString(), progress);
    }

    ContourImportReport store(List<ContourFeature> features, String source, Progress progress) {
        progress.checkCancelled();
        ContourImportReport report = store.transaction(dsl -> {
            Map<TerritoryLevel, Set<String>> known = knownCodes(dsl);
            Map<TerritoryLevel, Map<String, String>> byLevel = new EnumMap<>(TerritoryLevel.class);
            List<String> repaired = new ArrayList<>();
            int ignored = 0;
            WKTWriter wkt = new WKTWriter();
            for (ContourFeature feature : features) {
                TerritoryLevel level = levelOf(feature.code(), known);
                if (level == null) {
                    ignored++;
                    continue;
                }
                byLevel.computeIfAbsent(level, l -> new LinkedHashMap<>()).put(feature.code(), wkt.write(feature.geometry()));
                if (feature.repaired()) {
                    repaired.add(feature.code());
                }
            }
            if (byLevel.isEmpty()) {
                throw new BadInputException("territory.contours.noKnownCode", features.size());
            }
            progress.checkCancelled();
            ContourRepository contours = new ContourRepository(dsl);
            byLevel.forEach((level, wkts) -> contours.putAll(level, wkts, source));
            contours.clearUnions();
            ContourImportReport result = new ContourImportReport(count(byLevel, TerritoryLevel.COMMUNE),
                    count(byLevel, TerritoryLevel.EPCI), count(byLevel, TerritoryLevel.DEPARTEMENT), repaired, ignored);
            LOG.info("Contours imported from {}: {} stored, {} repaired, {} ignored", source, result.stored(),
                    repaired.size(), ignored);
            return result;
        });
        prepareUnions(progress);
        return report;
    }

    private static int count(Map<TerritoryLevel, Map<String, String>> byLevel, TerritoryLevel level) {
        return byLevel.getOrDefault(level, Map.of()).size();
    }

    /**
     * Computes now the shapes of EPCI, zones and departments from the communes' contours (a few seconds for a
     * region), so that the map shows them at once. They are a cache: an interruption loses nothing.
     */
    private void prepareUnions(Progress progress) {
        progress.message(i18n.t("territory.contours.unions"));
        List<TerritoryLevel> levels = List.of(TerritoryLevel.EPCI, TerritoryLevel.ZONE, TerritoryLevel.DEPARTEMENT);
        for (int i = 0; i < levels.size(); i++) {
            progress.update(i, levels.size());
            shapes(levels.get(i));
        }
        progress.update(levels.size(), levels.size());
    }

    private static Map<TerritoryLevel, Set<String>> knownCodes(DSLContext dsl) {
        TerritoryRepository reference = new TerritoryRepository(dsl);
        Map<TerritoryLevel, Set<String>> known = new EnumMap<>(TerritoryLevel.class);
        known.put(TerritoryLevel.COMMUNE, new HashSet<>(reference.communes().stream().map(CommuneInfo::code).toList()));
        known.put(TerritoryLevel.EPCI, new HashSet<>(reference.epcis().stream().map(Epci::code).toList()));
        known.put(TerritoryLevel.DEPARTEMENT,
                new HashSet<>(reference.departements().stream().map(Departement::code).toList()));
        return known;
    }

    private static TerritoryLevel levelOf(String code, Map<TerritoryLevel, Set<String>> known) {
        for (TerritoryLevel level : List.of(TerritoryLevel.COMMUNE, TerritoryLevel.EPCI, TerritoryLevel.DEPARTEMENT)) {
            if (known.get(level).contains(code)) {
                return level;
            }
        }
        return null;
    }

    /**
     * The shapes of a level: imported contours for communes (and departments when imported), unions of the
     * communes' contours for EPCI, zones and the other departments (computed once, then cached in the store).
     * Territories without any known commune contour have no shape.
     */
    public List<Shape> shapes(TerritoryLevel level) {
        Map<String, String> stored = new ContourRepository(store.dsl()).contours(level);
        List<Shape> shapes = new ArrayList<>();
        WKTReader wkt = new WKTReader();
        stored.forEach((code, text) -> parse(wkt, text).ifPresent(g -> shapes.add(new Shape(level, code, g))));
        if (level != TerritoryLevel.COMMUNE) {
            shapes.addAll(computeUnions(level, stored.keySet()));
        }
        return shapes;
    }

    private List<Shape> computeUnions(TerritoryLevel level, Set<String> alreadyKnown) {
        List<Territory> missing = coverage.territories(level).stream()
                .filter(t -> !alreadyKnown.contains(t.code())).toList();
        Map<String, String> communeWkt = missing.isEmpty() ? Map.of()
                : new ContourRepository(store.dsl()).contours(TerritoryLevel.COMMUNE);
        if (communeWkt.isEmpty()) {
            return List.of();
        }
        WKTReader reader = new WKTReader();
        Map<String, Geometry> communes = new LinkedHashMap<>();
        List<Shape> unions = new ArrayList<>();
        for (Territory territory : missing) {
            List<Geometry> parts = new ArrayList<>();
            for (String code : territory.communeCodes()) {
                if (!communes.containsKey(code) && communeWkt.containsKey(code)) {
                    parse(reader, communeWkt.get(code)).ifPresent(g -> communes.put(code, g));
                }
                if (communes.containsKey(code)) {
                    parts.add(communes.get(code));
                }
            }
            if (!parts.isEmpty()) {
                unions.add(new Shape(level, territory.code(), ContourGeometry.union(parts)));
            }
        }
        if (!unions.isEmpty()) {
            WKTWriter writer = new WKTWriter();
            Map<String, String> wkts = new LinkedHashMap<>();
            unions.forEach(u -> wkts.put(u.code(), writer.write(u.geometry())));
            store.transaction(dsl -> {
                new ContourRepository(dsl).putAll(level, wkts, ContourRepository.UNION);
                return null;
            });
        }
        return unions;
    }

    /**
     * Outlines of the departments to draw under the coverage, for orientation: their real contours when known
     * (imported, or the union of their communes), otherwise a silhouette drawn around the positions of their
     * communes (a concave hull: approximate, never shown as a boundary).
     */
    public List<Shape> backdrop() {
        List<Shape> real = shapes(TerritoryLevel.DEPARTEMENT);
        if (!real.isEmpty()) {
            return real;
        }
        Map<String, List<Coordinate>> points = new LinkedHashMap<>();
        for (CommuneInfo c : new TerritoryRepository(store.dsl()).communes()) {
            points.computeIfAbsent(c.departementCode(), k -> new ArrayList<>()).add(new Coordinate(c.lon(), c.lat()));
        }
        List<Shape> silhouettes = new ArrayList<>();
        points.forEach((code, coordinates) -> silhouettes.add(new Shape(TerritoryLevel.DEPARTEMENT, code,
                ContourGeometry.silhouette(coordinates))));
        return silhouettes;
    }

    private static java.util.Optional<Geometry> parse(WKTReader reader, String text) {
        try {
            return java.util.Optional.of(reader.read(text));
        } catch (ParseException e) {
            LOG.warn("Unreadable contour ignored: {}", e.getMessage());
            return java.util.Optional.empty();
        }
    }
}
