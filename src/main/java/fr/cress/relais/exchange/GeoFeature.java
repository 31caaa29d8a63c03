package fr.cress.relais.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON file: its properties as read, and its geometry in WGS 84 (x = longitude,
 * y = latitude), valid in the JTS sense (no self-intersection, closed rings).
 */
public record GeoFeature(JsonNode properties, Geometry geometry) {
}
