package fr.cress.relais.territory.ui;

import javafx.geometry.Point2D;
import javafx.scene.transform.Affine;

/**
 * Where a drawing of the coverage layer sits on the map: moved and scaled from the view it was drawn for to the
 * current one (a transform: nothing is drawn again), and whether it still serves that view.
 */
final class LayerPlacement {

    private final Affine transform = new Affine();

    Affine transform() {
        return transform;
    }

    /**
     * Places a drawing for the current view.
     *
     * @param offX the map's x of the world's left edge at {@code zoom} (likewise {@code offY})
     * @return the scale from the drawing's zoom to the current one
     */
    double place(LayerExtent extent, double zoom, double offX, double offY) {
        double scale = Math.pow(2, zoom - extent.zoom());
        double tx = offX + scale * extent.originX();
        double ty = offY + scale * extent.originY();
        if (scale == 1 && extent.wholeRegion()) {
            tx = Math.round(tx);
            ty = Math.round(ty);
        }
        transform.setToTransform(scale, 0, tx, 0, scale, ty);
        return scale;
    }

    /** True when the drawing, as placed, still serves the view: it covers the map, at less than twice its scale. */
    boolean serves(LayerExtent extent, double mapWidth, double mapHeight) {
        double scale = transform.getMxx();
        double tx = transform.getTx();
        double ty = transform.getTy();
        boolean covers = extent.wholeRegion() || tx <= 0 && ty <= 0 && tx + scale * extent.width() >= mapWidth
                && ty + scale * extent.height() >= mapHeight;
        return covers && scale >= 0.5 && scale <= 2;
    }

    /** True when the drawing sits as drawn: at its scale and, for a drawing of the view, with its margin around. */
    boolean asDrawn(LayerExtent extent) {
        return transform.getMxx() == 1 && (extent.wholeRegion()
                || transform.getTx() == -LayerExtent.MARGIN && transform.getTy() == -LayerExtent.MARGIN);
    }

    /** A point of the drawing (its pixels) in the map's coordinates. */
    Point2D toMap(double x, double y) {
        double scale = transform.getMxx();
        return new Point2D(x * scale + transform.getTx(), y * scale + transform.getTy());
    }

    /** A point of the map (the map's coordinates) in the drawing's pixels. */
    Point2D toDrawing(double x, double y) {
        double scale = transform.getMxx();
        return new Point2D((x - transform.getTx()) / scale, (y - transform.getTy()) / scale);
    }
}
