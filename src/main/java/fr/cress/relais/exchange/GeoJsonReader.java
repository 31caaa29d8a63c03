package fr.cress.relais.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import fr.cress.relais.common.error.BadInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a GeoJSON document (RFC 7946: FeatureCollection, Feature or geometry) into JTS geometries and refuses
 * what an importer should not store: unknown types, malformed coordinates, coordinates outside WGS 84 (a file
 * left in Lambert-93), invalid shapes (self-intersections, unclosed rings).
 */
final class GeoJsonReader {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String[] NAME_PROPERTIES = {"nom", "name", "NOM", "NAME", "libelle", "LIBELLE"};

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
        String type = node.path("type").asText("");
        JsonNode c = node.path("coordinates");
        return switch (type) {
            case "Point" -> FACTORY.createPoint(position(c));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(c, 1));
            case "LineString" -> FACTORY.createLineString(positions(c, 2));
            case "MultiLineString" -> FACTORY.createMultiLineString(each(c).stream()
                    .map(l -> FACTORY.createLineString(positions(l, 2))).toArray(org.locationtech.jts.geom.LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(each(c).stream().map(this::polygon).toArray(Polygon[]::new));
            case "GeometryCollection" -> FACTORY.createGeometryCollection(each(node.path("geometries")).stream()
                    .map(this::geometry).toArray(Geometry[]::new));
            default -> throw new BadInputException("safety.input.geojson.notGeoJson", name, type.isEmpty() ? "?" : type);
        };
    }

    private Polygon polygon(JsonNode rings) {
        List<JsonNode> list = each(rings);
        if (list.isEmpty()) {
            throw badGeometry();
        }
        try {
            LinearRing shell = FACTORY.createLinearRing(positions(list.get(0), 4));
            LinearRing[] holes = list.subList(1, list.size()).stream()
                    .map(r -> FACTORY.createLinearRing(positions(r, 4))).toArray(LinearRing[]::new);
            return FACTORY.createPolygon(shell, holes);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e, List.of(), "safety.input.geojson.badGeometry", name, index, featureName());
        }
    }

    private Coordinate[] positions(JsonNode array, int min) {
        List<JsonNode> list = each(array);
        if (list.size() < min) {
            throw badGeometry();
        }
        return list.stream().map(this::position).toArray(Coordinate[]::new);
    }

    private Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw badGeometry();
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw badGeometry();
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new BadInputException("safety.input.geojson.notWgs84", name, index, featureName(),
                    format(lon), format(lat));
        }
        return new Coordinate(lon, lat);
    }

    private List<JsonNode> each(JsonNode array) {
        if (!array.isArray()) {
            throw badGeometry();
        }
        List<JsonNode> list = new ArrayList<>(array.size());
        array.forEach(list::add);
        return list;
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
