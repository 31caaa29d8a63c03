package fr.cress.relais.territory;

import fr.cress.relais.common.error.AppException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The territory reference of one region as shipped in the application: {@code region.properties} and three
 * {@code ;}-separated UTF-8 files under {@code /fr/cress/relais/territory/regions/<id>/}, produced by
 * {@code assets/territory/build-territory.mjs}.
 */
record RegionAsset(String id, String name, String generated, List<String> departementCodes,
                   List<Departement> departements, List<Epci> epcis, List<CommuneRow> communes) {

    /** A commune as the asset lists it. */
    record CommuneRow(String code, String name, String departementCode, String epciCode, int population,
                      double lat, double lon, boolean approx) {
    }

    private static final String BASE = "/fr/cress/relais/territory/regions/";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    /** What {@code region.properties} says of the region: enough to tell whether a store holds this edition. */
    record Edition(String id, String name, String generated, List<String> departementCodes) {

        /** The version written in the store: {@code <id>:<generated>}. */
        String version() {
            return id + ":" + generated;
        }
    }

    /** Reads {@code region.properties} only, not the region's communes. */
    static Edition edition(String regionId) {
        if (regionId == null || !regionId.chars().allMatch(RegionAsset::idChar) || regionId.isEmpty()) {
            throw new AppException("territory.reference.unknownRegion", String.valueOf(regionId));
        }
        Properties region = new Properties();
        try (InputStream in = open(BASE + regionId + "/region.properties", regionId)) {
            region.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Edition(region.getProperty("id", regionId), region.getProperty("name", regionId),
                    region.getProperty("generated", ""),
                    List.of(region.getProperty("departements", "").split(",")));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e, regionId);
        }
    }

    /** Reads the whole region: its edition, then its departments, EPCI and communes. */
    static RegionAsset read(String regionId) {
        Edition edition = edition(regionId);
        String folder = BASE + regionId + "/";
        try {
            return new RegionAsset(edition.id(), edition.name(), edition.generated(), edition.departementCodes(),
                    rows(folder + "departements.csv", regionId, RegionAsset::departement),
                    rows(folder + "epci.csv", regionId, RegionAsset::epci),
                    rows(folder + "communes.csv", regionId, RegionAsset::commune));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e, regionId);
        }
    }

    private static boolean idChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static AppException unreadable(Exception e, String regionId) {
        return e instanceof AppException app ? app : new AppException(e, "territory.reference.unreadable", regionId);
    }

    private static InputStream open(String resource, String regionId) {
        InputStream in = RegionAsset.class.getResourceAsStream(resource);
        if (in == null) {
            throw new AppException("territory.reference.unknownRegion", regionId);
        }
        return in;
    }

    private static <T> List<T> rows(String resource, String regionId, Function<CSVRecord, T> mapper) throws IOException {
        List<T> result = new ArrayList<>();
        try (Reader reader = new InputStreamReader(open(resource, regionId), StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                result.add(mapper.apply(record));
            }
        }
        return result;
    }

    private static Departement departement(CSVRecord r) {
        return new Departement(r.get("code"), r.get("nom"), integer(r.get("population")));
    }

    private static Epci epci(CSVRecord r) {
        return new Epci(r.get("code"), r.get("nom"), r.get("nature"), integer(r.get("population")), r.get("departement"));
    }

    private static CommuneRow commune(CSVRecord r) {
        String epci = r.get("epci");
        return new CommuneRow(r.get("code"), r.get("nom"), r.get("departement"), epci.isBlank() ? null : epci,
                integer(r.get("population")), Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                "1".equals(r.get("approx")));
    }

    private static int integer(String text) {
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
    }
}
