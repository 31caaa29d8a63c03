package fr.cress.relais.territory;

import org.locationtech.jts.geom.Geometry;

/** The contour of a territory: a (multi)polygon in WGS84, x = longitude, y = latitude. */
public record Shape(TerritoryLevel level, String code, Geometry geometry) {
}
