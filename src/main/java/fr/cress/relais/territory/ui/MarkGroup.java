package fr.cress.relais.territory.ui;

import java.util.List;

/**
 * The marks of one layer as a drawing takes them (on the JavaFX thread; nothing in it changes afterwards), in the
 * order they are drawn: a later mark covers an earlier one.
 */
record MarkGroup(MarkedLayer owner, List<MapMark> marks, List<MarkStyle> styles) {

    /** What the marks cover at a zoom whose world is {@code scale} × 256 pixels wide: {minX, minY, maxX, maxY}. */
    double[] box(double scale) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (MapMark m : marks) {
            double r = reach(m);
            box[0] = Math.min(box[0], m.x(scale) - r);
            box[1] = Math.min(box[1], m.y(scale) - r);
            box[2] = Math.max(box[2], m.x(scale) + r);
            box[3] = Math.max(box[3], m.y(scale) + r);
        }
        return box;
    }

    /** How far from its centre a mark is drawn, its stroke included. */
    double reach(MapMark mark) {
        return mark.radius() + styles.get(mark.style()).strokeWidth() / 2;
    }
}
