package fr.cress.relais.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import fr.cress.relais.common.error.BadInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a GeoJSON document (RFC 7946: FeatureCollection, Feature or geometry) into JTS geometries (built by
 * {@link GeoJsonGeometries}) and refuses what an importer should not store: unknown types, malformed
 * coordinates, coordinates outside WGS 84 (a file left in Lambert-93), invalid shapes (self-intersections,
 * unclosed rings).
 */
final class GeoJsonReader {

    private static final String[] NAME_PROPERTIES = {"nom", "name", "NOM", "NAME", "libelle", "LIBELLE"};

    private final GeoJsonGeometries geometries = GeoJsonGeometries.strict();
    private final String name;
    private int index;
    private JsonNode properties = NullNode.getInstance();

    GeoJsonReader(Path file) {
        this.name = FileGuard.name(file);
    }

    List<GeoFeature> read(JsonNode root) {
        List<GeoFeature> features = new ArrayList<>();
        String type = root.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode list = root.path("features");
                if (!list.isArray()) {
                    throw new BadInputException("safety.input.geojson.notGeoJson", name, type);
                }
                for (JsonNode feature : list) {
                    features.add(feature(feature));
                }
            }
            case "Feature" -> features.add(feature(root));
            default -> {
                index = 1;
                features.add(new GeoFeature(NullNode.getInstance(), validated(geometry(root))));
            }
        }
        return features;
    }

    private GeoFeature feature(JsonNode feature) {
        index++;
        if (!"Feature".equals(feature.path("type").asText())) {
            throw new BadInputException("safety.input.geojson.notGeoJson", name, feature.path("type").asText("?"));
        }
        properties = feature.path("properties");
        JsonNode geometry = feature.path("geometry");
        return new GeoFeature(properties, geometry.isNull() || geometry.isMissingNode() ? null : validated(geometry(geometry)));
    }

    private Geometry geometry(JsonNode node) {
        try {
            return geometries.read(node);
        } catch (GeoJsonGeometries.Fault fault) {
            throw switch (fault.problem()) {
                case UNKNOWN_TYPE -> new BadInputException("safety.input.geojson.notGeoJson", name, fault.type());
                case NOT_WGS84 -> new BadInputException("safety.input.geojson.notWgs84", name, index, featureName(),
                        format(fault.position().x), format(fault.position().y));
                default -> badGeometry();
            };
        }
    }

    private Geometry validated(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return geometry;
        }
        Coordinate at = error.getCoordinate();
        String where = at == null ? "?" : format(at.y) + " ; " + format(at.x);
        boolean crossing = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
        return throwInvalid(crossing ? "safety.input.geojson.selfIntersection" : "safety.input.geojson.invalid", where);
    }

    private Geometry throwInvalid(String key, String where) {
        throw new BadInputException(key, name, index, featureName(), where);
    }

    private BadInputException badGeometry() {
        return new BadInputException("safety.input.geojson.badGeometry", name, index, featureName());
    }

    private String featureName() {
        for (String key : NAME_PROPERTIES) {
            if (properties.path(key).isTextual()) {
                return properties.path(key).asText();
            }
        }
        return "—";
    }

    private static String format(double value) {
        return String.format(Locale.FRANCE, "%.5f", value);
    }
}
