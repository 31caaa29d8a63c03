package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A filtered, sortable list: the filter bar, the table, the count « N sur M » and what to show when the
 * list is empty (what to do next) or when nothing matches the filter. Rows live in memory, sorted; each
 * keystroke asks {@link RowFiltering} for the rows kept (narrowing what the previous text kept, remembering
 * recent results, or looking the words up in the rows' {@link SearchIndex}), so it keeps up with typing over
 * 50 000 rows.
 */
final class ListPane<R> {

    private final ObservableList<R> source = FXCollections.observableArrayList();
    private final SortedList<R> sorted = new SortedList<>(source);
    private final ShownRows<R> shown = new ShownRows<>();
    private final RowFiltering<R> filtering;
    private final TableView<R> table = SteadyRowsTableSkin.table();
    private final FilterBar bar;
    private final VBox box;
    private final ToLongFunction<R> ids;
    private final Node empty;
    private final Node noMatch;
    private final Node loading;
    private boolean loaded;
    private SearchIndex pendingIndex;
    private List<R> current = List.of();
    private Integer loadingTotal;

    ListPane(String idPrefix, I18n i18n, BiPredicate<R, RowFilter> matcher, Function<R, String> searchText,
             ToLongFunction<R> ids, Node empty) {
        this.ids = ids;
        this.filtering = new RowFiltering<>(matcher, searchText);
        this.empty = empty;
        this.bar = new FilterBar(idPrefix, i18n);
        this.noMatch = new Label(i18n.t("partners.list.noMatch"));
        this.noMatch.getStyleClass().add("text-muted");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        this.loading = spinner;
        // Sorted first, then filtered: a keystroke only filters; sorting happens when a column is clicked.
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true);
        table.setItems(shown);
        table.setId(idPrefix + "-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(loading);
        sorted.addListener(this::sortedChanged);
        bar.filter().addListener((o, a, b) -> refilter());
        box = new VBox(8, bar.node(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("partners-list");
        refreshCount();
    }

    Node node() {
        return box;
    }

    TableView<R> table() {
        return table;
    }

    FilterBar bar() {
        return bar;
    }

    /**
     * Replaces every row (after loading), keeping the selection when the row is still there. {@code index} is the
     * search index of {@code rows} (built in the background), or null.
     */
    void setAll(List<R> rows, SearchIndex index) {
        Long selected = selected().map(ids::applyAsLong).orElse(null);
        loaded = true;
        loadingTotal = null;
        pendingIndex = index;
        source.setAll(rows);
        pendingIndex = null;
        if (selected != null) {
            select(selected);
        }
        refreshCount();
    }

    /** The first rows while the others load: the count says how many there are in all, and that more come. */
    void showFirst(List<R> rows, int total) {
        loaded = true;
        loadingTotal = total;
        source.setAll(rows);
        refreshCount();
    }

    /** Puts a saved row in place of the row with the same id, or adds it. */
    void put(R row) {
        long id = ids.applyAsLong(row);
        for (int i = 0; i < source.size(); i++) {
            if (ids.applyAsLong(source.get(i)) == id) {
                source.set(i, row);
                return;
            }
        }
        source.add(row);
    }

    void remove(long id) {
        source.removeIf(r -> ids.applyAsLong(r) == id);
    }

    Optional<R> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    boolean select(long id) {
        for (R row : table.getItems()) {
            if (ids.applyAsLong(row) == id) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return true;
            }
        }
        return false;
    }

    /** The rows shown now, in their order on screen. */
    List<R> shown() {
        return List.copyOf(table.getItems());
    }

    /** A new order (a column clicked) moves the rows shown; new rows (loaded, saved, deleted) are filtered again. */
    private void sortedChanged(ListChangeListener.Change<? extends R> c) {
        boolean permutation = true;
        while (c.next()) {
            permutation &= c.wasPermutated();
        }
        if (!permutation) {
            filtering.reset(source, pendingIndex);
        }
        int[] order = new int[sorted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = sorted.getSourceIndex(i);
        }
        filtering.order(order);
        if (permutation) {
            reorder(filtering.apply(bar.filter().get()));
        } else {
            refilter();
        }
    }

    private void refilter() {
        List<R> rows = filtering.apply(bar.filter().get());
        if (rows != current) {
            shown.show(rows, filtering.places(current), filtering.places(rows), table.getSelectionModel(),
                    table.getFocusModel());
            current = rows;
        }
        refreshCount();
    }

    /** The same rows in a new order, as a permutation (the table keeps its selection). */
    private void reorder(List<R> rows) {
        Map<R, Integer> at = new IdentityHashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            at.put(rows.get(i), i);
        }
        current = rows;
        shown.sort(Comparator.comparingInt(at::get));
    }

    private void refreshCount() {
        if (loadingTotal != null) {
            bar.setCountLoading(shown.size(), loadingTotal);
        } else {
            bar.setCount(shown.size(), source.size());
        }
        table.setPlaceholder(!loaded ? loading : source.isEmpty() ? empty : noMatch);
    }
}
