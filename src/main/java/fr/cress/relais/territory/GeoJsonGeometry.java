package fr.cress.relais.territory;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cress.relais.exchange.GeoJsonGeometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

import java.util.List;

/**
 * The geometry of a contour: only Polygon and MultiPolygon are accepted, read by the shared
 * {@link GeoJsonGeometries} (longitude/latitude in degrees, rings closed if needed); each problem becomes a
 * {@link ContourProblem} so that every bad contour of a file is listed at once. An invalid polygon
 * (self-intersection...) can be repaired.
 */
final class GeoJsonGeometry {

    private final GeoJsonGeometries geometries = GeoJsonGeometries.closingRings();

    Geometry read(JsonNode node) {
        String type = node.path("type").asText("");
        JsonNode coordinates = node.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new ContourProblem("territory.contours.problem.noGeometry");
        }
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new ContourProblem("territory.contours.problem.geometryType", type);
        }
        try {
            return geometries.read(node);
        } catch (GeoJsonGeometries.Fault fault) {
            throw new ContourProblem(switch (fault.problem()) {
                case BAD_POSITION -> "territory.contours.problem.badPosition";
                case NOT_WGS84 -> "territory.contours.problem.notWgs84";
                case SHORT_RING -> "territory.contours.problem.shortRing";
                case NO_COORDINATES -> "territory.contours.problem.noGeometry";
                default -> "territory.contours.problem.badRing";
            });
        }
    }

    private Geometry polygonal(Geometry geometry) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        return polygons.size() == 1 ? polygons.get(0)
                : geometries.factory().createMultiPolygon(polygons.toArray(Polygon[]::new));
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
