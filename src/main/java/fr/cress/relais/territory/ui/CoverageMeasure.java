package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.Labelled;
import fr.cress.relais.territory.TerritoryCoverage;

/** What the coverage layer shades: the number of structures, or the share of the population covered. */
enum CoverageMeasure implements Labelled {
    STRUCTURES,
    SHARE;

    /** Five classes, 0 (none: a « zone blanche ») to 4 (best covered). */
    int classOf(TerritoryCoverage coverage) {
        return switch (this) {
            case STRUCTURES -> Math.min(4, coverage.structureCount());
            case SHARE -> shareClass(coverage);
        };
    }

    private static int shareClass(TerritoryCoverage coverage) {
        double share = coverage.share();
        if (coverage.isGap() || share <= 0) {
            return 0;
        }
        if (share < 0.5) {
            return 1;
        }
        if (share < 0.9) {
            return 2;
        }
        return share < 1 ? 3 : 4;
    }

    @Override
    public String labelKey() {
        return "territory.map.measure." + name();
    }

    private static final String[][] CLASS_KEYS = {
            {"territory.map.legend.structures.0", "territory.map.legend.structures.1",
                    "territory.map.legend.structures.2", "territory.map.legend.structures.3",
                    "territory.map.legend.structures.4"},
            {"territory.map.legend.share.0", "territory.map.legend.share.1", "territory.map.legend.share.2",
                    "territory.map.legend.share.3", "territory.map.legend.share.4"}};

    /** The legend's text for a class. */
    String classKey(int coverageClass) {
        return CLASS_KEYS[ordinal()][coverageClass];
    }
}
