package fr.cress.relais.territory.ui;

import java.util.List;

/**
 * The part of the world one drawing of the coverage layer holds, in world pixels at the drawing's zoom: the whole
 * region (its shapes, the departments and the circles) when it is small enough at that zoom, so that panning never
 * needs a new drawing; else the view with a margin around it.
 *
 * @param originX world pixel (at {@code zoom}) of the drawing's top left corner
 */
record LayerExtent(double zoom, double originX, double originY, int width, int height, boolean wholeRegion) {

    /** Room drawn around the view when the whole region is too large. */
    static final double MARGIN = 256;
    /** The largest drawing of the whole region, in pixels (the region at zoom 9: 1.7 million). */
    private static final double MAX_REGION_PIXELS = 2.5e6;
    /** Room around the region for strokes: the selection outline and the departments' border. */
    private static final double REGION_PADDING = 4;

    /**
     * @param offX the map's x of the world's left edge at {@code zoom} (likewise {@code offY})
     * @param symbols the circles, in world pixels at {@code zoom}
     * @param marks what the marks drawn over the coverage cover, in world pixels at {@code zoom}
     *              ({minX, minY, maxX, maxY} each)
     */
    static LayerExtent choose(double zoom, double offX, double offY, double mapWidth, double mapHeight,
                              List<ShapeCache> caches, List<LayerSymbol> symbols, List<double[]> marks) {
        double[] box = regionBox(zoom, caches, symbols);
        marks.forEach(m -> extend(box, m[0] - REGION_PADDING, m[1] - REGION_PADDING, m[2] + REGION_PADDING,
                m[3] + REGION_PADDING));
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        if (width > 0 && height > 0 && width * height <= MAX_REGION_PIXELS) {
            double originX = Math.floor(box[0] + offX) - offX;
            double originY = Math.floor(box[1] + offY) - offY;
            return new LayerExtent(zoom, originX, originY, (int) Math.ceil(box[2] - originX),
                    (int) Math.ceil(box[3] - originY), true);
        }
        return new LayerExtent(zoom, -offX - MARGIN, -offY - MARGIN, viewWidth(mapWidth), viewWidth(mapHeight), false);
    }

    /** The size of a drawing of the view with its margin, for a map of this size. */
    static int viewWidth(double mapSize) {
        return (int) Math.ceil(mapSize + 2 * MARGIN);
    }

    /** The zoom level whose prepared outlines are drawn. */
    int level() {
        return ShapeCache.clamp((int) Math.floor(zoom));
    }

    /** From the prepared outlines' pixels to this drawing's world pixels. */
    double levelScale() {
        return Math.pow(2, zoom - level());
    }

    /** What the layer draws at a zoom, in world pixels: {minX, minY, maxX, maxY}, with room for strokes. */
    private static double[] regionBox(double zoom, List<ShapeCache> caches, List<LayerSymbol> symbols) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int level = ShapeCache.clamp((int) Math.floor(zoom));
        double scale = Math.pow(2, zoom - level);
        for (ShapeCache cache : caches) {
            for (ShapeCache.Outline o : cache.at(level)) {
                extend(box, o.minX() * scale, o.minY() * scale, o.maxX() * scale, o.maxY() * scale);
            }
        }
        for (LayerSymbol s : symbols) {
            extend(box, s.x() - s.radius(), s.y() - s.radius(), s.x() + s.radius(), s.y() + s.radius());
        }
        box[0] -= REGION_PADDING;
        box[1] -= REGION_PADDING;
        box[2] += REGION_PADDING;
        box[3] += REGION_PADDING;
        return box;
    }

    private static void extend(double[] box, double minX, double minY, double maxX, double maxY) {
        box[0] = Math.min(box[0], minX);
        box[1] = Math.min(box[1], minY);
        box[2] = Math.max(box[2], maxX);
        box[3] = Math.max(box[3], maxY);
    }
}
