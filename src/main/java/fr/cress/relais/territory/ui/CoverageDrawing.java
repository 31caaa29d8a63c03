package fr.cress.relais.territory.ui;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.territory.TerritoryCoverage;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One drawing of the coverage layer, made off the JavaFX thread with Java 2D (antialiased, premultiplied ARGB)
 * into an image the JavaFX scene shows without copying it: the departments under everything, then the
 * territories with a contour filled with the colour of their coverage class (one path per class, one path for
 * every outline), the selected territory's outline, the circles of the territories without contour, largest
 * first so that small ones stay visible, then the marks of the layers over the coverage ({@link MarkDrawing}).
 */
final class CoverageDrawing {

    /** Everything a drawing needs, taken on the JavaFX thread; nothing in it changes afterwards. */
    record Request(long sequence, int version, LayerExtent extent, double pixelScale, LayerData data,
                   List<LayerSymbol> symbols, LayerPalette palette, List<MarkGroup> marks) {
    }

    /**
     * A finished drawing: the image and, in the drawing's pixels, the circles drawn (for clicks and hovering):
     * the territories' and the marks of the layers over the coverage.
     *
     * @param nanos the time the drawing took on its thread
     */
    record Result(Request request, WritableImage image, List<LayerSymbol> symbols, MarkIndex marks, int polygons,
                  long nanos) {
    }

    private CoverageDrawing() {
    }

    /** Antialiased shapes, exact strokes, quality rendering: how the layer and its marks are drawn. */
    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    static Result draw(Request request, Progress progress) {
        long start = System.nanoTime();
        LayerExtent extent = request.extent();
        int width = Math.max(1, (int) Math.ceil(extent.width() * request.pixelScale()));
        int height = Math.max(1, (int) Math.ceil(extent.height() * request.pixelScale()));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(request.pixelScale(), request.pixelScale());
            int polygons = new Painter(request, g, progress).polygons();
            List<LayerSymbol> symbols = symbols(request, g, progress);
            MarkIndex marks = MarkDrawing.draw(request.marks(), extent, g, progress);
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            return new Result(request, new WritableImage(buffer), symbols, marks, polygons, System.nanoTime() - start);
        } finally {
            g.dispose();
        }
    }

    /** Draws the departments and the polygons; counts the territories drawn. */
    private static final class Painter {

        private final Request request;
        private final Graphics2D g;
        private final Progress progress;
        private final double scale;
        private final double offX;
        private final double offY;

        Painter(Request request, Graphics2D g, Progress progress) {
            this.request = request;
            this.g = g;
            this.progress = progress;
            this.scale = request.extent().levelScale();
            this.offX = -request.extent().originX();
            this.offY = -request.extent().originY();
        }

        int polygons() {
            int level = request.extent().level();
            LayerPalette palette = request.palette();
            Path2D.Double land = path(request.data().backdrop().at(level));
            g.setColor(palette.land());
            g.fill(land);
            stroke(land, palette.border(), 2);
            List<List<ShapeCache.Outline>> byClass = byClass(level);
            Path2D.Double outlines = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            int drawn = 0;
            for (int i = 0; i < byClass.size(); i++) {
                progress.checkCancelled();
                Path2D.Double fill = path(byClass.get(i));
                g.setColor(palette.fills()[i]);
                g.fill(fill);
                outlines.append(fill, false);
                drawn += byClass.get(i).size();
            }
            stroke(outlines, palette.outline(), 1);
            byClass.stream().flatMap(List::stream).filter(s -> request.data().isHighlighted(s.code())).findFirst()
                    .ifPresent(selected -> stroke(path(List.of(selected)), palette.selection(), 3));
            return drawn;
        }

        /** The outlines inside the drawing with a known coverage, by coverage class. */
        private List<List<ShapeCache.Outline>> byClass(int level) {
            double minX = -offX / scale;
            double minY = -offY / scale;
            double maxX = (request.extent().width() - offX) / scale;
            double maxY = (request.extent().height() - offY) / scale;
            List<List<ShapeCache.Outline>> byClass = new ArrayList<>();
            for (int i = 0; i < MapLegend.CLASSES; i++) {
                byClass.add(new ArrayList<>());
            }
            LayerData data = request.data();
            for (ShapeCache.Outline shape : data.shapes().at(level)) {
                TerritoryCoverage c = data.byCode().get(shape.code());
                if (c != null && shape.maxX() >= minX && shape.minX() <= maxX && shape.maxY() >= minY
                        && shape.minY() <= maxY) {
                    byClass.get(data.measure().classOf(c)).add(shape);
                }
            }
            return byClass;
        }

        private void stroke(Path2D.Double path, java.awt.Color colour, float width) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(width));
            g.draw(path);
        }

        /** The rings of the shapes in the drawing's pixels, even-odd (holes stay holes). */
        private Path2D.Double path(List<ShapeCache.Outline> shapes) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (ShapeCache.Outline shape : shapes) {
                for (int r = 0; r < shape.xs().length; r++) {
                    double[] xs = shape.xs()[r];
                    double[] ys = shape.ys()[r];
                    path.moveTo(xs[0] * scale + offX, ys[0] * scale + offY);
                    for (int i = 1; i < xs.length; i++) {
                        path.lineTo(xs[i] * scale + offX, ys[i] * scale + offY);
                    }
                    path.closePath();
                }
            }
            return path;
        }
    }

    /** Draws the circles inside the drawing, largest first; returns them in the drawing's pixels. */
    private static List<LayerSymbol> symbols(Request request, Graphics2D g, Progress progress) {
        progress.checkCancelled();
        LayerExtent extent = request.extent();
        List<LayerSymbol> inside = new ArrayList<>();
        for (LayerSymbol s : request.symbols()) {
            double x = s.x() - extent.originX();
            double y = s.y() - extent.originY();
            double r = s.radius();
            if (x + r >= 0 && x - r <= extent.width() && y + r >= 0 && y - r <= extent.height()) {
                inside.add(new LayerSymbol(s.coverage(), x, y, r));
            }
        }
        inside.sort(Comparator.comparingDouble(LayerSymbol::radius).reversed());
        LayerPalette palette = request.palette();
        BasicStroke thin = new BasicStroke(1);
        BasicStroke thick = new BasicStroke(3);
        for (LayerSymbol s : inside) {
            Ellipse2D.Double circle = new Ellipse2D.Double(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(),
                    2 * s.radius());
            g.setColor(palette.symbolFills()[request.data().measure().classOf(s.coverage())]);
            g.fill(circle);
            boolean selected = request.data().isHighlighted(s.coverage().territory().code());
            g.setColor(selected ? palette.selection() : palette.outline());
            g.setStroke(selected ? thick : thin);
            g.draw(circle);
        }
        return List.copyOf(inside);
    }
}
