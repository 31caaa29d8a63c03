package fr.cress.relais.territory;

import fr.cress.relais.common.feature.SectionId;

import java.util.List;

/**
 * Something a later feature draws on the map over the coverage layer, e.g. where project holders live.
 * The territory feature knows nothing of what the points stand for: it asks for them at the level the map
 * shows, draws them as circles sized by their count, marks those flagged as a gap, names the layer in the legend and in the layer toggles, and
 * on a click leads to {@link #section()} with the point's target. Registered at the composition root
 * through {@link TerritoryFeature#addOverlay}.
 */
public interface MapOverlaySource {

    /** Short stable key: ids ({@code map-layer-holders}), CSS class ({@code overlay-holders}), preferences. */
    String key();

    /** The layer's name, in the layer toggles and the legend (« Porteurs de projet »). */
    String label();

    /** What a marked circle means, for the legend (« au moins un besoin sans offre sur place »). */
    String gapLabel();

    /**
     * The points to draw when the map shows {@code level}: one per territory of that level where there is
     * something to count, at its centre (or at the commune's position). Called in the background.
     */
    List<MapOverlayPoint> points(TerritoryLevel level);

    /** The section a click on a point leads to, given the point's {@link MapOverlayPoint#target()}. */
    SectionId section();
}
