package fr.cress.relais.territory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads contours from a GeoJSON FeatureCollection as the official API Géo and data.gouv.fr publish them:
 * properties {@code code} (INSEE code, SIREN of an EPCI, department code) and {@code nom}, geometry Polygon or
 * MultiPolygon in WGS84. Streams the features one by one. Refuses, with a French message and nothing read,
 * a file that is too large, not JSON, nested too deeply, not a FeatureCollection, with other geometries or
 * projected coordinates; repairs self-intersecting polygons (and says which).
 */
final class GeoJsonContours {

    static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    private static final int MAX_DETAILS = 20;
    private static final int MAX_NESTING = 32;

    private final long maxBytes;
    private final I18n i18n;
    private final GeoJsonGeometry geometries = new GeoJsonGeometry();
    private final ObjectMapper mapper;

    GeoJsonContours(long maxBytes, I18n i18n) {
        this.maxBytes = maxBytes;
        this.i18n = i18n;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(64)
                        .maxStringLength(1_000_000)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    List<ContourFeature> read(Path file, Progress progress) {
        long size = size(file);
        if (size > maxBytes) {
            throw new BadInputException("territory.contours.tooLarge", megabytes(size), megabytes(maxBytes));
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            return readCollection(parser, size, progress);
        } catch (StreamConstraintsException e) {
            throw new BadInputException(e, List.of(), "territory.contours.tooDeep");
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, List.of(), "territory.contours.notJson",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "territory.contours.unreadable", file.getFileName());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(e, List.of(), "territory.contours.missing", file.getFileName());
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "territory.contours.unreadable", file.getFileName());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%,d", Math.max(1, bytes / (1024 * 1024))).replace('\u00A0', '\u202F');
    }

    private List<ContourFeature> readCollection(JsonParser parser, long size, Progress progress) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new BadInputException("territory.contours.notFeatureCollection");
        }
        String type = null;
        List<ContourFeature> features = null;
        List<String> problems = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                features = readFeatures(parser, size, progress, problems);
            } else {
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw new BadInputException("territory.contours.notFeatureCollection");
        }
        if (!"FeatureCollection".equals(type) || features == null) {
            throw new BadInputException("territory.contours.notFeatureCollection");
        }
        if (!problems.isEmpty()) {
            List<String> details = problems.size() > MAX_DETAILS
                    ? new ArrayList<>(problems.subList(0, MAX_DETAILS)) : problems;
            if (problems.size() > MAX_DETAILS) {
                details.add("… (" + (problems.size() - MAX_DETAILS) + ")");
            }
            throw new BadInputException((Throwable) null, details, "territory.contours.badFeatures", problems.size());
        }
        if (features.isEmpty()) {
            throw new BadInputException("territory.contours.empty");
        }
        return features;
    }

    private List<ContourFeature> readFeatures(JsonParser parser, long size, Progress progress, List<String> problems)
            throws IOException {
        List<ContourFeature> features = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            index++;
            JsonNode feature = mapper.readTree(parser);
            try {
                features.add(feature(feature));
            } catch (ContourProblem p) {
                problems.add(i18n.t("territory.contours.problem", index, describe(feature), i18n.t(p.key(), p.args())));
            }
            if (index % 50 == 0) {
                progress.checkCancelled();
                progress.update(parser.currentLocation().getByteOffset(), size);
            }
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new BadInputException("territory.contours.notFeatureCollection");
        }
        return features;
    }

    private static String describe(JsonNode feature) {
        JsonNode code = feature.path("properties").path("code");
        return code.isValueNode() ? code.asText() : "?";
    }

    private ContourFeature feature(JsonNode feature) {
        JsonNode properties = feature.path("properties");
        String code = code(properties.path("code"));
        String name = properties.path("nom").isValueNode() ? properties.path("nom").asText() : null;
        Geometry geometry = geometries.read(feature.path("geometry"));
        if (geometry.isValid()) {
            return new ContourFeature(code, name, geometry, false);
        }
        return new ContourFeature(code, name, geometries.repair(geometry), true);
    }

    private static String code(JsonNode node) {
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new ContourProblem("territory.contours.problem.noCode");
        }
        String code = node.asText().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[0-9AB]{2,9}")) {
            throw new ContourProblem("territory.contours.problem.badCode", code);
        }
        // INSEE codes read as numbers lose their leading zero (01001 → 1001).
        return code.matches("\\d{4}") ? "0" + code : code;
    }

}
