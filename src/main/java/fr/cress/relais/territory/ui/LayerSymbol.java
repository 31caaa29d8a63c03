package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.TerritoryCoverage;

/** The circle of a territory without contour on the coverage layer: centre and radius in pixels. */
record LayerSymbol(TerritoryCoverage coverage, double x, double y, double radius) {

    boolean contains(double px, double py) {
        return Math.hypot(px - x, py - y) <= radius;
    }
}
