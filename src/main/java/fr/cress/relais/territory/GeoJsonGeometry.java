package fr.cress.relais.territory;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

import java.util.ArrayList;
import java.util.List;

/**
 * A GeoJSON geometry turned into a JTS (multi)polygon in WGS84: only Polygon and MultiPolygon are accepted,
 * positions must be longitude/latitude in degrees, rings are closed if needed; an invalid polygon
 * (self-intersection...) can be repaired.
 */
final class GeoJsonGeometry {

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    Geometry read(JsonNode node) {
        String type = node.path("type").asText("");
        JsonNode coordinates = node.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new ContourProblem("territory.contours.problem.noGeometry");
        }
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield factory.createMultiPolygon(polygons);
            }
            default -> throw new ContourProblem("territory.contours.problem.geometryType", type);
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new ContourProblem("territory.contours.problem.badRing");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        if (!positions.isArray()) {
            throw new ContourProblem("territory.contours.problem.badRing");
        }
        List<Coordinate> coordinates = new ArrayList<>(positions.size() + 1);
        for (JsonNode position : positions) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new ContourProblem("territory.contours.problem.badPosition");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                throw new ContourProblem("territory.contours.problem.notWgs84");
            }
            coordinates.add(new Coordinate(lon, lat));
        }
        if (!coordinates.isEmpty() && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(new Coordinate(coordinates.get(0)));
        }
        if (coordinates.size() < 4) {
            throw new ContourProblem("territory.contours.problem.shortRing");
        }
        return factory.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private Geometry polygonal(Geometry geometry) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        return polygons.size() == 1 ? polygons.get(0)
                : factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** Repairs an invalid polygon (GeometryFixer) and keeps its polygonal part; refuses an empty result. */
    Geometry repair(Geometry geometry) {
        Geometry fixed = polygonal(GeometryFixer.fix(geometry));
        if (fixed.isEmpty()) {
            throw new ContourProblem("territory.contours.problem.emptyAfterRepair");
        }
        return fixed;
    }
}
