package fr.cress.relais.territory;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a contour file: the territory code and name it carries, its (multi)polygon in WGS84
 * (x = longitude, y = latitude), and whether it had to be repaired (self-intersection...).
 */
record ContourFeature(String code, String name, Geometry geometry, boolean repaired) {
}
