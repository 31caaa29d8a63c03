package fr.cress.relais.territory;

import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.util.ArrayList;
import java.util.List;

/** Shapes computed from other shapes: unions of communes, and silhouettes around commune positions. */
final class ContourGeometry {

    /** Closing distance for unions (about 30 m) and smallest hole kept (about 8 ha). */
    private static final double CLOSING_DEGREES = 0.0003;
    private static final double MIN_HOLE_SQUARE_DEGREES = 1e-5;
    /** Longest edge of a silhouette around points (about 20 km), and its margin (about 5 km). */
    private static final double SILHOUETTE_EDGE_DEGREES = 0.3;
    private static final double SILHOUETTE_MARGIN_DEGREES = 0.06;

    private ContourGeometry() {
    }

    /**
     * The union of communes' contours. Contours simplified one by one do not meet exactly: slits and slivers
     * between neighbours are closed (a 30 m closing) and tiny holes dropped, so that an EPCI reads as one area.
     */
    static Geometry union(List<Geometry> parts) {
        Geometry union = UnaryUnionOp.union(parts);
        if (!union.isValid()) {
            union = GeometryFixer.fix(union);
        }
        Geometry closed = union.buffer(CLOSING_DEGREES).buffer(-CLOSING_DEGREES);
        Geometry result = withoutSmallHoles(closed.isEmpty() ? union : closed);
        // The closing rounds corners with many tiny arcs: keep them within 5 m.
        return TopologyPreservingSimplifier.simplify(result, CLOSING_DEGREES / 6);
    }

    /** An approximate outline around points (lon, lat): a concave hull, widened a little and smoothed. */
    static Geometry silhouette(List<Coordinate> points) {
        GeometryFactory factory = new GeometryFactory();
        Geometry cloud = factory.createMultiPointFromCoords(points.toArray(Coordinate[]::new));
        Geometry hull = ConcaveHull.concaveHullByLength(cloud, SILHOUETTE_EDGE_DEGREES)
                .buffer(SILHOUETTE_MARGIN_DEGREES).buffer(-SILHOUETTE_MARGIN_DEGREES / 2);
        return DouglasPeuckerSimplifier.simplify(hull, 0.005);
    }

    private static Geometry withoutSmallHoles(Geometry geometry) {
        GeometryFactory factory = geometry.getFactory();
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon p) {
                List<LinearRing> holes = new ArrayList<>();
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    LinearRing hole = p.getInteriorRingN(h);
                    if (factory.createPolygon(hole).getArea() >= MIN_HOLE_SQUARE_DEGREES) {
                        holes.add(hole);
                    }
                }
                polygons.add(factory.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new)));
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
