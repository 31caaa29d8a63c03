package fr.cress.relais.territory.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The marks of one drawing, in the drawing's pixels, found by where they are: a grid of cells each listing the
 * marks that reach into it, so that the mark under the pointer is found among a few, not among thousands.
 */
final class MarkIndex {

    /** A mark as drawn: its centre and reach (stroke included) in the drawing's pixels. */
    record Hit(MarkedLayer owner, MapMark mark, double x, double y, double reach) {

        boolean contains(double px, double py) {
            double dx = px - x;
            double dy = py - y;
            return dx * dx + dy * dy <= reach * reach;
        }
    }

    static final MarkIndex EMPTY = new MarkIndex(List.of(), 1, 1);
    private static final double CELL = 32;

    private final List<Hit> hits;
    private final int columns;
    private final int rows;
    private final int[][] cells;

    /** @param hits the marks in the order they were drawn (the last one on top) */
    MarkIndex(List<Hit> hits, double width, double height) {
        this.hits = List.copyOf(hits);
        this.columns = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        List<List<Integer>> lists = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            lists.add(null);
        }
        for (int i = 0; i < this.hits.size(); i++) {
            Hit h = this.hits.get(i);
            for (int cy = row(h.y() - h.reach()); cy <= row(h.y() + h.reach()); cy++) {
                for (int cx = column(h.x() - h.reach()); cx <= column(h.x() + h.reach()); cx++) {
                    int cell = cy * columns + cx;
                    if (lists.get(cell) == null) {
                        lists.set(cell, new ArrayList<>(4));
                    }
                    lists.get(cell).add(i);
                }
            }
        }
        cells = new int[columns * rows][];
        for (int i = 0; i < cells.length; i++) {
            List<Integer> list = lists.get(i);
            cells[i] = list == null ? null : list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }

    /** The mark drawn on top at this point of the drawing, if any. */
    Optional<Hit> at(double x, double y) {
        if (x < 0 || y < 0 || x >= columns * CELL || y >= rows * CELL) {
            return Optional.empty();
        }
        int[] cell = cells[row(y) * columns + column(x)];
        if (cell != null) {
            for (int i = cell.length - 1; i >= 0; i--) {
                Hit h = hits.get(cell[i]);
                if (h.contains(x, y)) {
                    return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }

    /** Every mark drawn, in the order drawn. */
    List<Hit> hits() {
        return hits;
    }
}
