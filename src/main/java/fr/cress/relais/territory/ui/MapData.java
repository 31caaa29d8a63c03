package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.List;

/**
 * What the map shows for one choice of service and level, loaded in the background in one go (the markers and
 * the backdrop, which do not depend on the choice, come apart: see {@link MapLayers}).
 */
record MapData(String serviceKey, TerritoryLevel level, List<TerritoryCoverage> coverage, ShapeCache shapes,
               Bounds bounds) {

    /** The region's extent in WGS84 degrees, to fit the map to it. */
    record Bounds(double minLat, double minLon, double maxLat, double maxLon) {
    }
}
