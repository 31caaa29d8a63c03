package fr.cress.relais.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.List;

/**
 * GeoJSON geometries (RFC 7946) turned into JTS geometries in WGS 84 (x = longitude, y = latitude, SRID 4326),
 * for every reader of GeoJSON: {@link FileGuard#readGeoJson} and the contour import. Positions must be two
 * finite numbers within ±180° and ±90° (a file left in Lambert-93 is caught here), rings must have four positions
 * and be closed — or are closed when the reader is {@link #closingRings() lenient} about it, as contour files
 * published without the closing position are. Anything else is a {@link Fault}.
 */
public final class GeoJsonGeometries {

    /** What can be wrong with a geometry. */
    public enum Problem { UNKNOWN_TYPE, NO_COORDINATES, BAD_POSITION, NOT_WGS84, BAD_RING, SHORT_RING }

    /** A geometry that cannot be built: the problem, and the type met or the position outside WGS 84. */
    public static final class Fault extends RuntimeException {
        private final Problem problem;
        private final String type;
        private final transient Coordinate position;

        Fault(Problem problem, String type, Coordinate position) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.type = type;
            this.position = position;
        }

        public Problem problem() {
            return problem;
        }

        /** The geometry type met, for {@link Problem#UNKNOWN_TYPE}. */
        public String type() {
            return type;
        }

        /** The position outside WGS 84 (x = longitude), for {@link Problem#NOT_WGS84}. */
        public Coordinate position() {
            return position;
        }
    }

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private final boolean closeRings;

    private GeoJsonGeometries(boolean closeRings) {
        this.closeRings = closeRings;
    }

    /** Rings must be closed (their last position repeats the first). */
    public static GeoJsonGeometries strict() {
        return new GeoJsonGeometries(false);
    }

    /** Rings left open are closed. */
    public static GeoJsonGeometries closingRings() {
        return new GeoJsonGeometries(true);
    }

    /** The factory of the geometries read (WGS 84, SRID 4326). */
    public GeometryFactory factory() {
        return FACTORY;
    }

    /** Any GeoJSON geometry object. */
    public Geometry read(JsonNode node) {
        String type = node.path("type").asText("");
        JsonNode c = node.path("coordinates");
        return switch (type) {
            case "Point" -> FACTORY.createPoint(position(c));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(c, 1));
            case "LineString" -> FACTORY.createLineString(positions(c, 2));
            case "MultiLineString" -> FACTORY.createMultiLineString(each(c, Problem.NO_COORDINATES).stream()
                    .map(l -> FACTORY.createLineString(positions(l, 2))).toArray(LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(each(c, Problem.NO_COORDINATES).stream()
                    .map(this::polygon).toArray(Polygon[]::new));
            case "GeometryCollection" -> FACTORY.createGeometryCollection(each(node.path("geometries"),
                    Problem.NO_COORDINATES).stream().map(this::read).toArray(Geometry[]::new));
            default -> throw new Fault(Problem.UNKNOWN_TYPE, type.isEmpty() ? "?" : type, null);
        };
    }

    /** A polygon: its outer ring, then its holes. */
    public Polygon polygon(JsonNode rings) {
        List<JsonNode> list = each(rings, Problem.BAD_RING);
        if (list.isEmpty()) {
            throw new Fault(Problem.BAD_RING, null, null);
        }
        LinearRing shell = ring(list.get(0));
        LinearRing[] holes = list.subList(1, list.size()).stream().map(this::ring).toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : each(positions, Problem.BAD_RING)) {
            coordinates.add(position(position));
        }
        boolean open = !coordinates.isEmpty()
                && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1));
        if (open && closeRings) {
            coordinates.add(new Coordinate(coordinates.get(0)));
        }
        if (coordinates.size() < 4) {
            throw new Fault(Problem.SHORT_RING, null, null);
        }
        if (open && !closeRings) {
            throw new Fault(Problem.BAD_RING, null, null);
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private Coordinate[] positions(JsonNode array, int min) {
        List<JsonNode> list = each(array, Problem.NO_COORDINATES);
        if (list.size() < min) {
            throw new Fault(Problem.NO_COORDINATES, null, null);
        }
        return list.stream().map(this::position).toArray(Coordinate[]::new);
    }

    private Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new Fault(Problem.BAD_POSITION, null, null);
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new Fault(Problem.BAD_POSITION, null, null);
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new Fault(Problem.NOT_WGS84, null, new Coordinate(lon, lat));
        }
        return new Coordinate(lon, lat);
    }

    private static List<JsonNode> each(JsonNode array, Problem problem) {
        if (!array.isArray()) {
            throw new Fault(problem, null, null);
        }
        List<JsonNode> list = new ArrayList<>(array.size());
        array.forEach(list::add);
        return list;
    }
}
