package fr.cress.relais.territory.ui;

import fr.cress.relais.common.concurrent.Progress;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the marks of the layers over the coverage (overlay points, then the organisations) into a drawing of the
 * coverage layer, as their circles looked as nodes: filled, ringed, at the layer's opacity, a label in the
 * centre; returns them indexed by place for the pointer. Each look (style, size, position within a quarter of a
 * pixel) is drawn once, antialiased, into a small image that is then copied at every mark that has it: thousands
 * of marks cost thousands of copies, not thousands of antialiased fills.
 */
final class MarkDrawing {

    /** Positions within a pixel a mark is drawn at: quarters. */
    private static final int SUBPIXELS = 4;

    /** A look: the style is compared by identity (one instance per style in a drawing). */
    private record SpriteKey(MarkStyle style, double radius, int fx, int fy) {

        @Override
        public boolean equals(Object o) {
            return o instanceof SpriteKey k && k.style == style && k.radius == radius && k.fx == fx && k.fy == fy;
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(style) * 31 + Double.hashCode(radius)) * 31 + fx) * 31 + fy;
        }
    }

    private MarkDrawing() {
    }

    static MarkIndex draw(List<MarkGroup> groups, LayerExtent extent, Graphics2D g, Progress progress) {
        double scale = Math.pow(2, extent.zoom());
        List<MarkIndex.Hit> drawn = new ArrayList<>();
        AffineTransform user = g.getTransform();
        double pixels = user.getScaleX();
        Composite plain = g.getComposite();
        Map<SpriteKey, BufferedImage> sprites = new HashMap<>();
        AffineTransform device = new AffineTransform();
        g.setTransform(device);
        try {
            for (MarkGroup group : groups) {
                progress.checkCancelled();
                for (MapMark mark : group.marks()) {
                    double x = mark.x(scale) - extent.originX();
                    double y = mark.y(scale) - extent.originY();
                    double reach = group.reach(mark);
                    if (x + reach < 0 || y + reach < 0 || x - reach > extent.width() || y - reach > extent.height()) {
                        continue;
                    }
                    MarkStyle style = group.styles().get(mark.style());
                    Composite composite = style.opacity() < 1
                            ? AlphaComposite.getInstance(AlphaComposite.SRC_OVER, style.opacity()) : plain;
                    if (!composite.equals(g.getComposite())) {
                        g.setComposite(composite);
                    }
                    stamp(g, sprites, style, mark.radius(), reach, x * pixels + user.getTranslateX(),
                            y * pixels + user.getTranslateY(), pixels);
                    if (!mark.label().isEmpty()) {
                        g.setComposite(plain);
                        g.setTransform(user);
                        label(g, style, mark.label(), x, y);
                        g.setTransform(device);
                    }
                    drawn.add(new MarkIndex.Hit(group.owner(), mark, x, y, reach));
                }
            }
        } finally {
            g.setTransform(user);
            g.setComposite(plain);
        }
        return new MarkIndex(drawn, extent.width(), extent.height());
    }

    /** Copies the mark's look centred on this point of the image (device pixels). */
    private static void stamp(Graphics2D g, Map<SpriteKey, BufferedImage> sprites, MarkStyle style, double radius,
                              double reach, double deviceX, double deviceY, double pixels) {
        int ix = (int) Math.floor(deviceX);
        int iy = (int) Math.floor(deviceY);
        int fx = (int) Math.round((deviceX - ix) * SUBPIXELS);
        int fy = (int) Math.round((deviceY - iy) * SUBPIXELS);
        int origin = (int) Math.ceil(reach * pixels) + 1;
        BufferedImage sprite = sprites.computeIfAbsent(new SpriteKey(style, radius, fx, fy),
                k -> sprite(style, radius, pixels, origin, (double) fx / SUBPIXELS, (double) fy / SUBPIXELS));
        g.drawImage(sprite, ix - origin, iy - origin, null);
    }

    /** One mark's circle, filled and ringed, centred at {@code origin + fx, origin + fy} of a small image. */
    private static BufferedImage sprite(MarkStyle style, double radius, double pixels, int origin, double fx, double fy) {
        int size = 2 * origin + 2;
        BufferedImage sprite = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        try {
            CoverageDrawing.smooth(g);
            g.translate(origin + fx, origin + fy);
            g.scale(pixels, pixels);
            Ellipse2D.Double circle = new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
            if (style.fill() != null) {
                g.setColor(style.fill());
                g.fill(circle);
            }
            if (style.stroke() != null && style.strokeWidth() > 0) {
                g.setColor(style.stroke());
                g.setStroke(new BasicStroke(style.strokeWidth()));
                g.draw(circle);
            }
        } finally {
            g.dispose();
        }
        return sprite;
    }

    /** The label centred on the mark, as a text whose origin is its vertical centre. */
    private static void label(Graphics2D g, MarkStyle style, String label, double x, double y) {
        if (label.isEmpty() || style.font() == null || style.textFill() == null) {
            return;
        }
        g.setFont(style.font());
        g.setColor(style.textFill());
        FontMetrics metrics = g.getFontMetrics();
        float width = (float) metrics.getStringBounds(label, g).getWidth();
        g.drawString(label, (float) x - width / 2, (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
    }
}
