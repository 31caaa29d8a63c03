package fr.cress.relais.partners.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ModifiableObservableListBase;
import javafx.scene.control.FocusModel;
import javafx.scene.control.SelectionModel;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows a table shows. A new result of the filter is told to the table as the rows taken out, then the rows
 * put in, rather than as one replacement of every row, after which the table empties each visible row and fills it
 * again: with removals and additions, only the visible rows whose item changed are set again. A result that differs
 * in many places (above {@link #MAX_RANGES} ranges) is told as the new rows put in before the old ones, then the old
 * ones taken out, never as every row replaced or taken out at once (see {@link #replace}). A selected row still shown
 * stays selected; one taken out is no longer selected (as after a replacement).
 */
final class ShownRows<R> extends ModifiableObservableListBase<R> {

    /**
     * Above this many ranges of rows taken out or put in, telling every row as replaced is cheaper: the table's models
     * visit every range, and the visible rows are then mostly new anyway.
     */
    static final int MAX_RANGES = 64;

    private List<R> rows = new ArrayList<>();

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, R element) {
        rows.add(index, element);
    }

    @Override
    protected R doSet(int index, R element) {
        return rows.set(index, element);
    }

    @Override
    protected R doRemove(int index) {
        return rows.remove(index);
    }

    /** Every row replaced at once (one change). */
    @Override
    public boolean setAll(Collection<? extends R> replacing) {
        List<R> old = rows;
        rows = new ArrayList<>(replacing);
        beginChange();
        if (!old.isEmpty()) {
            nextRemove(0, old);
        }
        if (!rows.isEmpty()) {
            nextAdd(0, rows.size());
        }
        endChange();
        return true;
    }

    /** The same rows in a new order, told as a permutation (the table keeps its selection). */
    @Override
    public void sort(Comparator<? super R> order) {
        Integer[] moved = new Integer[rows.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = i;
        }
        List<R> before = rows;
        Arrays.sort(moved, (a, b) -> order.compare(before.get(a), before.get(b)));
        int[] permutation = new int[moved.length];
        List<R> after = new ArrayList<>(moved.length);
        for (int i = 0; i < moved.length; i++) {
            permutation[moved[i]] = i;
            after.add(before.get(moved[i]));
        }
        rows = after;
        beginChange();
        nextPermutation(0, permutation.length, permutation);
        endChange();
    }

    /**
     * Shows {@code next} instead of {@code previous}, the rows this list holds now; both carry their places in the
     * same order of the list (null: unknown, then every row is replaced).
     */
    void show(List<R> next, RowFiltering.Kept<R> previous, RowFiltering.Kept<R> placesOfNext, SelectionModel<R> selection) {
        show(next, previous, placesOfNext, selection, null);
    }

    /** As {@link #show(List, RowFiltering.Kept, RowFiltering.Kept, SelectionModel)}, the table's focus kept as well. */
    void show(List<R> next, RowFiltering.Kept<R> previous, RowFiltering.Kept<R> placesOfNext, SelectionModel<R> selection,
              FocusModel<R> focus) {
        if (previous == null || placesOfNext == null || previous.size() != rows.size()) {
            replace(next, selection, focus);
            return;
        }
        RowDiff diff = RowDiff.of(previous, placesOfNext, MAX_RANGES);
        if (diff == null) {
            replace(next, selection, focus);
            return;
        }
        int selected = selection.getSelectedIndex();
        if (selected >= 0 && diff.isRemoved(selected)) {
            selection.clearSelection();
        }
        if (diff.hasRemovals()) {
            List<R> old = rows;
            rows = diff.keptOf(old);
            beginChange();
            diff.removals((at, from, to) -> nextRemove(at, old.subList(from, to)));
            endChange();
        }
        if (diff.hasAdditions()) {
            rows = new ArrayList<>(next);
            beginChange();
            diff.additions(this::nextAdd);
            endChange();
        }
    }

    /**
     * Every row replaced by {@code next}, told as the new rows put in before the old ones, then the old ones taken out
     * in two parts. A table told of one replacement of every row, or of every row it knows taken out at once, resets
     * each visible row (empty, then filled again), and each is then styled again; told this way, it keeps its rows and
     * only gives them other items. As after a replacement, the selected row stays selected (and focused) when it is
     * still shown; otherwise the first row has the focus.
     */
    private void replace(List<R> next, SelectionModel<R> selection, FocusModel<R> focus) {
        if (rows.isEmpty() || next.isEmpty()) {
            setAll(next);
            return;
        }
        R selected = selection.getSelectedItem();
        int stays = selected == null ? -1 : next.indexOf(selected);
        if (selected != null && stays < 0) {
            selection.clearSelection();
        }
        List<R> old = rows;
        int added = next.size();
        rows = new Joined<>(next, old);
        fireChange(new OneRange(0, added, List.of()));
        if (stays >= 0) {
            selection.select(stays);
        }
        rows = new Joined<>(next, old.subList(0, 1));
        if (old.size() > 1) {
            fireChange(new OneRange(added + 1, added + 1, old.subList(1, old.size())));
        }
        rows = new ArrayList<>(next);
        fireChange(new OneRange(added, added, old.subList(0, 1)));
        if (stays < 0 && focus != null) {
            focus.focus(0);
        }
    }

    /**
     * One range of rows put in ({@code from} to {@code to}) or taken out ({@code removed}, at {@code from}): told as
     * it is, without handing the rows one by one to a change builder (50,000 rows taken out at once).
     */
    private final class OneRange extends ListChangeListener.Change<R> {

        private final int from;
        private final int to;
        private final List<R> removed;
        private boolean read;

        OneRange(int from, int to, List<R> removed) {
            super(ShownRows.this);
            this.from = from;
            this.to = to;
            this.removed = Collections.unmodifiableList(removed);
        }

        @Override
        public boolean next() {
            boolean first = !read;
            read = true;
            return first;
        }

        @Override
        public void reset() {
            read = false;
        }

        @Override
        public int getFrom() {
            return from;
        }

        @Override
        public int getTo() {
            return to;
        }

        @Override
        public List<R> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    /** Two lists one after the other, read in place (the rows shown while a new result is told). */
    private static final class Joined<R> extends AbstractList<R> implements RandomAccess {

        private final List<R> first;
        private final List<R> second;

        Joined(List<R> first, List<R> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public R get(int index) {
            return index < first.size() ? first.get(index) : second.get(index - first.size());
        }

        @Override
        public int size() {
            return first.size() + second.size();
        }
    }
}
