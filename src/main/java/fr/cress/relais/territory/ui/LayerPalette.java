package fr.cress.relais.territory.ui;

import javafx.scene.paint.Color;

/**
 * The colours of the coverage layer, read from the legend (as CSS styled it) on the JavaFX thread and handed to
 * the drawing thread as plain AWT colours: the fills of the classes for polygons and for circles, outlines, the
 * selection, the land and the departments' border.
 */
record LayerPalette(java.awt.Color[] fills, java.awt.Color[] symbolFills, java.awt.Color outline,
                    java.awt.Color selection, java.awt.Color land, java.awt.Color border) {

    private static final double FILL_ALPHA = 0.6;
    private static final double SYMBOL_ALPHA = 0.8;

    static LayerPalette of(MapLegend legend) {
        return new LayerPalette(classes(legend, FILL_ALPHA), classes(legend, SYMBOL_ALPHA), awt(legend.outlineColour(), 1),
                awt(legend.selectionColour(), 1), awt(legend.landColour(), 1), awt(legend.borderColour(), 1));
    }

    private static java.awt.Color[] classes(MapLegend legend, double alpha) {
        java.awt.Color[] colours = new java.awt.Color[MapLegend.CLASSES];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = awt(legend.colour(i), alpha);
        }
        return colours;
    }

    /** The same colour for Java 2D, its opacity multiplied by {@code alpha}. */
    static java.awt.Color awt(Color colour, double alpha) {
        return new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue(),
                (float) (colour.getOpacity() * alpha));
    }
}
