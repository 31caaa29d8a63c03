package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.TerritoryCoverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the coverage layer shows, never changed once made (a drawing thread reads it while the user changes the
 * service or the selection): the coverage of each territory, their outlines, the departments under them, the
 * measure that gives the colour classes, and the selected territory.
 */
record LayerData(List<TerritoryCoverage> coverage, Map<String, TerritoryCoverage> byCode, ShapeCache shapes,
                 ShapeCache backdrop, CoverageMeasure measure, String highlighted) {

    static final LayerData EMPTY = of(List.of(), ShapeCache.EMPTY, CoverageMeasure.STRUCTURES, ShapeCache.EMPTY, null);

    static LayerData of(List<TerritoryCoverage> coverage, ShapeCache shapes, CoverageMeasure measure,
                        ShapeCache backdrop, String highlighted) {
        Map<String, TerritoryCoverage> byCode = new HashMap<>();
        coverage.forEach(c -> byCode.put(c.territory().code(), c));
        return new LayerData(List.copyOf(coverage), Map.copyOf(byCode), shapes, backdrop, measure, highlighted);
    }

    LayerData highlighting(String code) {
        return new LayerData(coverage, byCode, shapes, backdrop, measure, code);
    }

    boolean isHighlighted(String code) {
        return code.equals(highlighted);
    }
}
