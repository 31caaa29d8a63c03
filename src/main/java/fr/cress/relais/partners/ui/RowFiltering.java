package fr.cress.relais.partners.ui;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The rows a filter keeps, in the order of the list, computed without a pass over every row at each keystroke:
 * <ul>
 * <li>a text that extends the previous one (a letter typed, a kind chosen) only narrows the rows it kept;</li>
 * <li>the recent results are remembered, so erasing back is instant (forgotten when the filter is emptied,
 *     the rows reloaded or the order changed);</li>
 * <li>otherwise the words are looked up in the {@link SearchIndex} of the rows, and the kind, group and town
 *     in a set of rows computed once per choice.</li>
 * </ul>
 * The result is always exactly what testing {@code matcher} on every row in order gives, given that the matcher
 * is a conjunction: every word in the row's search text, and each chosen kind, group and town.
 */
final class RowFiltering<R> {

    /** Narrowing tests each kept row; above this many, the index (one scan) is cheaper than visiting them. */
    static final int NARROW_LIMIT = 4_000;
    private static final int REMEMBERED = 32;

    private final int narrowLimit;
    private final BiPredicate<R, RowFilter> matcher;
    private final Function<R, String> text;
    private final Map<RowFilter, Kept<R>> recent = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<RowFilter, BitSet> byCriteria = new HashMap<>();
    private List<R> rows = List.of();
    private SearchIndex index;
    private int[] rank = new int[0];
    private Kept<R> inOrder = new Kept<>(List.of(), null);

    RowFiltering(BiPredicate<R, RowFilter> matcher, Function<R, String> text) {
        this(matcher, text, NARROW_LIMIT);
    }

    RowFiltering(BiPredicate<R, RowFilter> matcher, Function<R, String> text, int narrowLimit) {
        this.narrowLimit = narrowLimit;
        this.matcher = matcher;
        this.text = text;
    }

    /** New rows (in the order of the source), with their index or null (then each filter visits every row). */
    void reset(List<R> sourceRows, SearchIndex sourceIndex) {
        rows = List.copyOf(sourceRows);
        index = sourceIndex != null && sourceIndex.size() == rows.size() ? sourceIndex : null;
        byCriteria.clear();
        order(identity(rows.size()));
    }

    /** The order of the list: {@code order[i]} is the source position of the row shown at {@code i}. */
    void order(int[] order) {
        rank = new int[order.length];
        List<R> sorted = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
            sorted.add(rows.get(order[i]));
        }
        inOrder = new Kept<>(sorted, null);
        recent.clear();
    }

    /** Every row, in the order of the list. */
    List<R> all() {
        return inOrder;
    }

    /** The rows {@code f} keeps, in the order of the list (with their places in it: see {@link #places}). */
    List<R> apply(RowFilter f) {
        if (f.isEmpty()) {
            recent.clear();
            return inOrder;
        }
        Kept<R> known = recent.get(f);
        if (known != null) {
            return known;
        }
        Kept<R> base = narrowest(f);
        Kept<R> result = base != null && (index == null || base.size() <= narrowLimit) ? test(base, f)
                : index != null ? lookUp(f) : test(inOrder, f);
        recent.put(f, result);
        if (recent.size() > REMEMBERED) {
            recent.remove(recent.keySet().iterator().next());
        }
        return result;
    }

    /** The smallest remembered result that every row kept by {@code f} belongs to. */
    private Kept<R> narrowest(RowFilter f) {
        Kept<R> best = null;
        for (Map.Entry<RowFilter, Kept<R>> e : recent.entrySet()) {
            if (narrows(f, e.getKey()) && (best == null || e.getValue().size() < best.size())) {
                best = e.getValue();
            }
        }
        return best;
    }

    /** True when whatever {@code f} keeps, {@code g} keeps too: each word of g within a word of f, choices kept. */
    static boolean narrows(RowFilter f, RowFilter g) {
        for (String word : g.words()) {
            if (f.words().stream().noneMatch(w -> w.contains(word))) {
                return false;
            }
        }
        return (g.kind() == null || g.kind() == f.kind())
                && (g.groupId() == null || g.groupId().equals(f.groupId()))
                && (g.town() == null || g.town().equals(f.town()));
    }

    private Kept<R> test(Kept<R> candidates, RowFilter f) {
        int[] kept = new int[candidates.size()];
        int count = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (matcher.test(candidates.get(i), f)) {
                kept[count++] = candidates.place(i);
            }
        }
        return count == inOrder.size() ? inOrder : new Kept<>(inOrder.all, Arrays.copyOf(kept, count));
    }

    private Kept<R> lookUp(RowFilter f) {
        BitSet found = null;
        for (String word : f.words()) {
            BitSet containing = index.rowsContaining(word);
            if (found == null) {
                found = containing;
            } else {
                found.and(containing);
            }
        }
        RowFilter criteria = new RowFilter(List.of(), f.kind(), f.groupId(), f.town());
        if (!criteria.isEmpty()) {
            BitSet chosen = byCriteria.computeIfAbsent(criteria, this::rowsMatching);
            if (found == null) {
                found = (BitSet) chosen.clone();
            } else {
                found.and(chosen);
            }
        }
        BitSet positions = new BitSet(rows.size());
        for (int row = found.nextSetBit(0); row >= 0; row = found.nextSetBit(row + 1)) {
            if (!index.isWide(row) || f.matchesText(text.apply(rows.get(row)))) {
                positions.set(rank[row]);
            }
        }
        if (positions.cardinality() == inOrder.size()) {
            return inOrder;
        }
        return new Kept<>(inOrder.all, positions.stream().toArray());
    }

    private BitSet rowsMatching(RowFilter criteria) {
        BitSet kept = new BitSet(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (matcher.test(rows.get(i), criteria)) {
                kept.set(i);
            }
        }
        return kept;
    }

    /**
     * The places in the list's order of the rows of {@code result}, a result of {@link #apply} or {@link #all}; null
     * when it is not a result of the current rows and order (then nothing can be said of its rows' places).
     */
    Kept<R> places(List<R> result) {
        return result instanceof Kept<R> kept && kept.all == inOrder.all ? kept : null;
    }

    /** Rows kept by a filter, in the order of the list, with their places in that order (ascending). */
    static final class Kept<R> extends AbstractList<R> implements RandomAccess {

        private final List<R> all;
        private final int[] at;

        /** {@code at} null: every row of {@code all}. */
        private Kept(List<R> all, int[] at) {
            this.all = all;
            this.at = at;
        }

        @Override
        public R get(int i) {
            return all.get(place(i));
        }

        @Override
        public int size() {
            return at == null ? all.size() : at.length;
        }

        /** Every row at once (the table's list copies a result this way): a plain copy when every row is kept. */
        @Override
        public Object[] toArray() {
            if (at == null) {
                return all.toArray();
            }
            Object[] rows = new Object[at.length];
            for (int i = 0; i < at.length; i++) {
                rows[i] = all.get(at[i]);
            }
            return rows;
        }

        /** The place in the list's order of the {@code i}-th row kept. */
        int place(int i) {
            return at == null ? i : at[i];
        }
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }
}
