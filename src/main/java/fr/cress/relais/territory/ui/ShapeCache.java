package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.Shape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of one level ready to draw: projected once to Web Mercator, simplified for each zoom level
 * (half a pixel of tolerance, topology kept) and stored as plain coordinate arrays in that zoom's world pixels,
 * so that panning only moves a transform and zooming between two levels only scales it. Built off the
 * JavaFX thread; also answers « which territory is under this point » through a spatial index.
 */
final class ShapeCache {

    static final int MIN_ZOOM = 5;
    static final int MAX_ZOOM = 13;
    static final ShapeCache EMPTY = new ShapeCache(List.of());

    /** One shape at one zoom: rings as x and y arrays in world pixels, and their bounding box. */
    record Outline(String code, double[][] xs, double[][] ys, double minX, double minY, double maxX, double maxY) {
    }

    private final List<List<Outline>> byZoom = new ArrayList<>();
    private final STRtree index = new STRtree();
    private final Map<String, Integer> pointCounts = new HashMap<>();

    ShapeCache(List<Shape> shapes) {
        List<Geometry> projected = new ArrayList<>();
        for (Shape shape : shapes) {
            Geometry mercator = shape.geometry().copy();
            mercator.apply(MERCATOR);
            mercator.geometryChanged();
            projected.add(mercator);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape.geometry());
            index.insert(shape.geometry().getEnvelopeInternal(), new Indexed(shape.code(), prepared));
        }
        index.build();
        for (int zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom++) {
            double scale = Math.pow(2, zoom);
            List<Outline> outlines = new ArrayList<>(shapes.size());
            for (int i = 0; i < shapes.size(); i++) {
                Geometry simple = TopologyPreservingSimplifier.simplify(projected.get(i), 0.5 / scale);
                outlines.add(outline(shapes.get(i).code(), simple, scale));
            }
            byZoom.add(outlines);
        }
        shapes.forEach(s -> pointCounts.put(s.code(), s.geometry().getNumPoints()));
    }

    boolean isEmpty() {
        return pointCounts.isEmpty();
    }

    int size() {
        return pointCounts.size();
    }

    boolean has(String code) {
        return pointCounts.containsKey(code);
    }

    /** The outlines prepared for an integer zoom (clamped to the levels kept). */
    List<Outline> at(int zoom) {
        return byZoom.isEmpty() ? List.of() : byZoom.get(clamp(zoom) - MIN_ZOOM);
    }

    static int clamp(int zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The code of the shape holding a WGS84 position, if any. */
    Optional<String> codeAt(double lat, double lon) {
        Point point = new GeometryFactory().createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Indexed> candidates = index.query(point.getEnvelopeInternal());
        return candidates.stream().filter(c -> c.geometry().contains(point)).map(Indexed::code).findFirst();
    }

    private record Indexed(String code, PreparedGeometry geometry) {
    }

    private static Outline outline(String code, Geometry geometry, double scale) {
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int p = 0; p < geometry.getNumGeometries(); p++) {
            if (geometry.getGeometryN(p) instanceof Polygon polygon && !polygon.isEmpty()) {
                ring(polygon.getExteriorRing(), scale, xs, ys, box);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(polygon.getInteriorRingN(h), scale, xs, ys, box);
                }
            }
        }
        return new Outline(code, xs.toArray(double[][]::new), ys.toArray(double[][]::new), box[0], box[1], box[2], box[3]);
    }

    private static void ring(LineString ring, double scale, List<double[]> xs, List<double[]> ys, double[] box) {
        Coordinate[] coordinates = ring.getCoordinates();
        double[] x = new double[coordinates.length];
        double[] y = new double[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            x[i] = coordinates[i].x * scale;
            y[i] = coordinates[i].y * scale;
            box[0] = Math.min(box[0], x[i]);
            box[1] = Math.min(box[1], y[i]);
            box[2] = Math.max(box[2], x[i]);
            box[3] = Math.max(box[3], y[i]);
        }
        xs.add(x);
        ys.add(y);
    }

    /** WGS84 longitude/latitude to Web Mercator pixels at zoom 0 (a 256-pixel world), as the map tiles use. */
    static double mercatorX(double lon) {
        return (lon + 180) / 360 * 256;
    }

    static double mercatorY(double lat) {
        double phi = Math.toRadians(Math.max(-85.05, Math.min(85.05, lat)));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * 256;
    }

    private static final CoordinateFilter MERCATOR = c -> {
        double lon = c.x;
        c.x = mercatorX(lon);
        c.y = mercatorY(c.y);
    };
}
