package fr.cress.relais.territory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.exchange.FileGuard;
import fr.cress.relais.exchange.FileLimits;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads contours from a GeoJSON FeatureCollection as the official API Géo and data.gouv.fr publish them:
 * properties {@code code} (INSEE code, SIREN of an EPCI, department code) and {@code nom}, geometry Polygon or
 * MultiPolygon in WGS84. The file is opened through {@link FileGuard#streamJson} (missing, empty or oversized
 * files, invalid JSON, deep nesting, huge strings or numbers, duplicate keys are refused there, with its French
 * messages) and its features are streamed one by one. Refuses, with a French message and nothing read, a file
 * that is not a FeatureCollection, with other geometries or projected coordinates; repairs self-intersecting
 * polygons (and says which).
 */
final class GeoJsonContours {

    /** The size of a contour file Relais reads: the guard's standard limit. */
    static final long DEFAULT_MAX_BYTES = FileLimits.STANDARD.maxBytes();
    private static final int MAX_DETAILS = 20;

    private final FileGuard guard;
    private final I18n i18n;
    private final GeoJsonGeometry geometries = new GeoJsonGeometry();

    GeoJsonContours(long maxBytes, I18n i18n) {
        this.guard = new FileGuard(FileLimits.STANDARD.withMaxBytes(maxBytes));
        this.i18n = i18n;
    }

    List<ContourFeature> read(Path file, Progress progress) {
        long size = guard.checkFile(file).toFile().length();
        return guard.streamJson(file, parser -> readCollection(parser, size, progress));
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
            JsonNode feature = parser.readValueAsTree();
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
        Geometry geometry = geometries.read(feature.path("geometry"));
        String code = code(properties.path("code"));
        String name = properties.path("nom").isValueNode() ? properties.path("nom").asText() : null;
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
