package fr.cress.relais.partners.ui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What changes from one filter result to the next, both in the same order of the list: the rows taken out (by
 * their index in the first) and the rows put in (by their index in the second), found in one merge of their places.
 */
final class RowDiff {

    /** A range of indices, {@code from} included, {@code to} excluded. */
    interface Range {
        void accept(int from, int to);
    }

    /** A range taken out: its index once the ranges before it are gone, its bounds in the first result. */
    interface Removal {
        void accept(int at, int from, int to);
    }

    private final BitSet removed;
    private final BitSet added;

    private RowDiff(BitSet removed, BitSet added) {
        this.removed = removed;
        this.added = added;
    }

    /**
     * The changes from {@code before} to {@code after}, or null when they make more than {@code maxRanges} ranges
     * (the merge stops there).
     */
    static RowDiff of(RowFiltering.Kept<?> before, RowFiltering.Kept<?> after, int maxRanges) {
        BitSet removed = new BitSet(before.size());
        BitSet added = new BitSet(after.size());
        int i = 0;
        int j = 0;
        int ranges = 0;
        int last = 0;
        while (i < before.size() || j < after.size()) {
            int step;
            if (j == after.size() || i < before.size() && before.place(i) < after.place(j)) {
                removed.set(i++);
                step = 1;
            } else if (i == before.size() || after.place(j) < before.place(i)) {
                added.set(j++);
                step = 2;
            } else {
                i++;
                j++;
                step = 0;
            }
            ranges += step != 0 && step != last ? 1 : 0;
            last = step;
            if (ranges > maxRanges) {
                return null;
            }
        }
        return new RowDiff(removed, added);
    }


    boolean hasRemovals() {
        return !removed.isEmpty();
    }

    boolean hasAdditions() {
        return !added.isEmpty();
    }

    boolean isRemoved(int index) {
        return removed.get(index);
    }

    /** The rows of {@code before} not taken out, in order. */
    <R> List<R> keptOf(List<R> before) {
        List<R> kept = new ArrayList<>(before.size() - removed.cardinality());
        for (int i = removed.nextClearBit(0); i < before.size(); i = removed.nextClearBit(i + 1)) {
            kept.add(before.get(i));
        }
        return kept;
    }

    /**
     * The ranges taken out, first first, as removed one after the other: a range's index is its index in the first
     * result less the rows taken out before it; {@code from} and {@code to} given to {@code range} are those of the
     * first result.
     */
    void removals(Removal range) {
        int gone = 0;
        for (int from = removed.nextSetBit(0); from >= 0; from = removed.nextSetBit(removed.nextClearBit(from))) {
            int to = removed.nextClearBit(from);
            range.accept(from - gone, from, to);
            gone += to - from;
        }
    }

    /** The ranges put in, first first: each range's indices are those of the second result. */
    void additions(Range range) {
        for (int from = added.nextSetBit(0); from >= 0; from = added.nextSetBit(added.nextClearBit(from))) {
            range.accept(from, added.nextClearBit(from));
        }
    }
}
