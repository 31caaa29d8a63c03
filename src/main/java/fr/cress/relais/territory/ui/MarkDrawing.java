package fr.cress.relais.territory.ui;

import fr.cress.relais.common.concurrent.Progress;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the marks of the layers over the coverage (overlay points, then the organisations) into a drawing of the
 * coverage layer, as their circles looked as nodes: filled, ringed, at the layer's opacity, a label in the
 * centre; returns them indexed by place for the pointer.
 */
final class MarkDrawing {

    private MarkDrawing() {
    }

    static MarkIndex draw(List<MarkGroup> groups, LayerExtent extent, Graphics2D g, Progress progress) {
        double scale = Math.pow(2, extent.zoom());
        List<MarkIndex.Hit> drawn = new ArrayList<>();
        Composite plain = g.getComposite();
        Ellipse2D.Double circle = new Ellipse2D.Double();
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
                g.setComposite(style.opacity() < 1 ? AlphaComposite.getInstance(AlphaComposite.SRC_OVER, style.opacity())
                        : plain);
                double r = mark.radius();
                circle.setFrame(x - r, y - r, 2 * r, 2 * r);
                if (style.fill() != null) {
                    g.setColor(style.fill());
                    g.fill(circle);
                }
                if (style.stroke() != null && style.strokeWidth() > 0) {
                    g.setColor(style.stroke());
                    g.setStroke(new BasicStroke(style.strokeWidth()));
                    g.draw(circle);
                }
                g.setComposite(plain);
                label(g, style, mark.label(), x, y);
                drawn.add(new MarkIndex.Hit(group.owner(), mark, x, y, reach));
            }
        }
        return new MarkIndex(drawn, extent.width(), extent.height());
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
